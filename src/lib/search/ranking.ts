/**
 * Pagefind's ranking, read by `pagefind.ts` for the header's search and the search page alike.
 * Tuned against the tuning half of the reader queries of `tests/browser/search-queries.ts`.
 */
export const PAGEFIND_RANKING = {
	// A guide says its subject many times; a page that mentions it in passing, once or twice.
	termFrequency: 0.8,
	// Long guides are the pages most worth finding: length is barely held against them.
	pageLength: 0.2,
	termSaturation: 1.4,
	// Starlight's value: an exact word first, then its longer forms.
	termSimilarity: 9,
	// « reseau » finds « réseau »; the accented spelling typed as such ranks a little higher.
	diacriticSimilarity: 0.8,
} as const;
