/**
 * A reader's search in the browser, shared by the header's search and the search page: Pagefind
 * and the vocabulary, loaded on first use; `runSearch` in the reader's scope; the facets' pages,
 * read once from Pagefind's filters, for true counts.
 */
import { SCOPE, type SearchScope } from './scope.ts';
import type { Membership } from './facet-filter.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind.ts';
import { runSearch, type SearchOutcome } from './run-search.ts';
import { Vocabulary, VOCABULARY_FILE, type VocabularyFile } from './vocabulary.ts';

export interface SearchSession {
	search(query: string, options: { scope: SearchScope; exact?: boolean }): Promise<SearchOutcome<PagefindResult>>;
	/** The pages of each value of these filters (value labels as the index holds them). */
	membership(filters: Record<string, readonly string[]>): Promise<Membership>;
}

/** Pause after the last keystroke before searching: enough to skip the letters of one word. */
export const TYPING_PAUSE_MS = 120;

let opening: Promise<SearchSession> | undefined;

export function openSearchSession(base: string = import.meta.env.BASE_URL): Promise<SearchSession> {
	opening ??= (async () => {
		const [pagefind, vocabulary] = await Promise.all([loadPagefind(base), loadVocabulary(base)]);
		return session(pagefind, vocabulary);
	})();
	return opening;
}

async function loadVocabulary(base: string): Promise<Vocabulary> {
	const response = await fetch(`${base}pagefind/${VOCABULARY_FILE}`);
	if (!response.ok) throw new Error(`Search vocabulary: HTTP ${response.status}.`);
	return new Vocabulary((await response.json()) as VocabularyFile);
}

function session(pagefind: Pagefind, vocabulary: Vocabulary): SearchSession {
	let members: Promise<Membership> | undefined;
	return {
		search: (query, { scope, exact = false }) =>
			runSearch(pagefind, query, { filters: { [SCOPE.filter]: { any: [scope] } }, vocabulary, exact }),
		membership(filters) {
			members ??= (async () => {
				const entries = await Promise.all(
					Object.entries(filters).map(async ([filter, values]) => {
						const pages = await Promise.all(
							values.map(async (value) => {
								const found = await pagefind.search(null, { filters: { [filter]: { any: [value] } } });
								return [value, new Set((found?.results ?? []).map((result) => result.id))] as const;
							}),
						);
						return [filter, new Map<string, ReadonlySet<string>>(pages)] as const;
					}),
				);
				return new Map(entries);
			})();
			return members;
		},
	};
}
