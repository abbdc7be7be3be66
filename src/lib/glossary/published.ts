/**
 * The glossary's terms that this build publishes, read from `content/glossary.yaml` before the
 * content collections exist (the Markdown pipeline is configured first): none when the glossary
 * page is not built (hidden by a company, or absent), and without the terms that go with a hidden
 * page, as the glossary collection loads them. The collection, not this reader, reports a
 * malformed term.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from '../base-path.ts';
import { parseYaml } from '../yaml.ts';
import { publishedTerms, type Publication } from '../overlay/publication.ts';
import { GLOSSARY_PAGE, termForms, termLink } from './terms.ts';
import type { FinderTerm } from './term-finder.ts';

export const GLOSSARY_FILE = 'content/glossary.yaml';

export function publishedGlossary(publication: Pick<Publication, 'hidden' | 'pages'>, root = process.cwd()): FinderTerm[] {
	if (!publication.pages.some((page) => page.id === GLOSSARY_PAGE)) return [];
	const hidden = new Set(publication.hidden.map((page) => page.id));
	const data = parseYaml(readFileSync(join(root, GLOSSARY_FILE), 'utf8'), GLOSSARY_FILE);
	if (!Array.isArray(data)) return [];
	return publishedTerms(data as Record<string, unknown>[], hidden).flatMap((entry) => {
		const { id, term, forms } = entry;
		if (typeof id !== 'string' || typeof term !== 'string') return [];
		const extra = Array.isArray(forms) ? forms.filter((form): form is string => typeof form === 'string') : [];
		return [{ id, forms: termForms({ term, forms: extra }) }];
	});
}

export interface GlossaryLinking {
	/** The terms the guides link to. */
	terms: FinderTerm[];
	/** Absolute paths of the guides' files: the pages whose front matter says `type: guide`. */
	guideFiles: Set<string>;
	/** Every link to a term's definition, under the base path, as the built pages hold them. */
	links: Set<string>;
}

/** What the glossary links of this build need: which terms, in which pages, with which addresses. */
export function glossaryLinking(
	publication: Pick<Publication, 'hidden' | 'pages'>,
	base: string,
	root = process.cwd(),
): GlossaryLinking {
	const terms = publishedGlossary(publication, root);
	return {
		terms,
		guideFiles: new Set(publication.pages.filter((page) => page.type === 'guide').map((page) => join(root, page.file))),
		links: new Set(terms.map((term) => withBase(termLink(term.id), base))),
	};
}
