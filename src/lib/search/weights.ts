/**
 * How much the words a page carries for search weigh against its prose (weight 1; Pagefind gives
 * an `<h1>` 7, an `<h2>` 6). A guide's keywords and description state its subject, so they count
 * like its headings; on other pages they count less, so a query about a topic finds its guide
 * before the templates and pages that serve it.
 */
import type { PageType } from '../../schemas/docs.ts';

export interface SearchWeights {
	keywords: number;
	description: number;
	/** The glossary's terms, on the glossary page. */
	glossaryTerms: number;
}

export function searchWeights(type: PageType): SearchWeights {
	const glossaryTerms = 5;
	return type === 'guide' ? { keywords: 6, description: 4, glossaryTerms } : { keywords: 3, description: 2, glossaryTerms };
}
