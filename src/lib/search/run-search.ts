/**
 * One search, as the search page runs it and as the tests check it.
 *
 * Pagefind returns only the pages that contain every term, which suits a short query
 * (« charge mentale ») and fails a reader's sentence, where one word the guide happens not to use
 * empties the list. So the strict query runs first; when it finds fewer than a handful of pages,
 * each term is searched on its own and the pages are ranked by the terms they contain, a rare term
 * counting more than a common one. Pages that contain every term always come first.
 */
import { parseQuery } from './query.ts';

/** What search needs of a Pagefind result: the page's id and its score for the query. */
export interface EngineResult {
	id: string;
	score: number;
}

/** Pagefind filters: filter name → the values a page may have (any one of them will do). */
export type SearchFilters = Record<string, { any: string[] }>;

/** The part of Pagefind's API that search uses, so tests can stand in for it. */
export interface SearchEngine<R extends EngineResult> {
	search(term: string, options: { filters: SearchFilters }): Promise<{ results: R[] } | null>;
}

export interface SearchOutcome<R extends EngineResult> {
	/** The terms searched for, after small words were dropped. */
	terms: string[];
	/** Pages in order: those with every term, then (when `relaxed`) those with some of them. */
	results: R[];
	/** How many of `results` contain every term. */
	completeCount: number;
	/** True when pages with only some of the terms were added. */
	relaxed: boolean;
}

/** Below this many pages with every term, pages with some of them are added. */
export const FEW_RESULTS = 3;
/** A partial match is kept only if it weighs at least this share of the best partial match. */
export const PARTIAL_MATCH_FLOOR = 0.35;

export async function runSearch<R extends EngineResult>(
	engine: SearchEngine<R>,
	query: string,
	filters: SearchFilters = {},
): Promise<SearchOutcome<R>> {
	const { terms } = parseQuery(query);
	if (terms.length === 0) return { terms, results: [], completeCount: 0, relaxed: false };
	const strict = (await engine.search(terms.join(' '), { filters }))?.results ?? [];
	if (strict.length >= FEW_RESULTS || terms.length < 2) {
		return { terms, results: strict, completeCount: strict.length, relaxed: false };
	}
	const perTerm = await Promise.all(terms.map(async (term) => (await engine.search(term, { filters }))?.results ?? []));
	const seen = new Set(strict.map((result) => result.id));
	const partial = rankPartialMatches(perTerm).filter((result) => !seen.has(result.id));
	return { terms, results: [...strict, ...partial], completeCount: strict.length, relaxed: partial.length > 0 };
}

/**
 * Ranks the pages found by single-term searches: each term a page contains adds the page's score
 * for it (relative to the best page for that term) times the term's rarity, so a page with the two
 * rare words of a sentence beats a page with its one common word.
 */
export function rankPartialMatches<R extends EngineResult>(perTerm: R[][]): R[] {
	const pages = new Map<string, { result: R; weight: number }>();
	for (const results of perTerm) {
		if (results.length === 0) continue;
		const rarity = 1 / (1 + Math.log(results.length));
		const best = Math.max(...results.map((result) => result.score)) || 1;
		for (const result of results) {
			const gain = rarity * (result.score / best);
			const page = pages.get(result.id);
			if (page) page.weight += gain;
			else pages.set(result.id, { result, weight: gain });
		}
	}
	const ranked = [...pages.values()].sort((a, b) => b.weight - a.weight);
	const floor = (ranked[0]?.weight ?? 0) * PARTIAL_MATCH_FLOOR;
	return ranked.filter((page) => page.weight >= floor).map((page) => page.result);
}
