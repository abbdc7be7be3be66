/**
 * One search, as the search page runs it and as the tests check it.
 *
 * Pagefind returns only the pages that contain every term, which suits a short query
 * (« charge mentale ») and fails a reader's sentence, where one word the guide happens not to use
 * empties the list. So the strict query runs first; when it finds fewer than a handful of pages,
 * each term is searched on its own and the pages are ranked by the terms they contain, a rare term
 * counting more than a common one. Pages that contain every term always come first.
 *
 * With a vocabulary, a term that no page contains is first replaced by the nearest word of the
 * pages (see `vocabulary.ts`), unless the reader asked for their exact words.
 */
import { parseQuery } from './query.ts';
import type { Correction, Vocabulary } from './vocabulary.ts';

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
	/** The terms replaced by a word of the pages, in query order (empty when none was). */
	corrections: Correction[];
}

export interface SearchOptions {
	/** Pagefind filters applied to every search (the scope: the guide, or contributors' pages). */
	filters?: SearchFilters;
	/** The pages' words: without it, or with `exact`, terms are searched as typed. */
	vocabulary?: Pick<Vocabulary, 'correctAll'> | undefined;
	exact?: boolean;
}

/** Below this many pages with every term, pages with some of them are added. */
export const FEW_RESULTS = 3;
/** A partial match is kept only if it weighs at least this share of the best partial match. */
export const PARTIAL_MATCH_FLOOR = 0.35;

export async function runSearch<R extends EngineResult>(
	engine: SearchEngine<R>,
	query: string,
	{ filters = {}, vocabulary, exact = false }: SearchOptions = {},
): Promise<SearchOutcome<R>> {
	const typed = parseQuery(query).terms;
	const correct = (unknown?: Set<string>) => (vocabulary && !exact ? vocabulary.correctAll(typed, unknown) : []);
	let corrections = correct();
	let outcome = await searchTerms(engine, replaced(typed, corrections), filters);
	// A term the index finds nothing for is a typo whatever its family looks like (« confiancr »).
	const unknown = new Set(typed.filter((term) => outcome.empty.includes(replaced([term], corrections)[0] ?? term)));
	if (unknown.size > 0) {
		const more = correct(unknown);
		if (more.length > corrections.length) {
			corrections = more;
			outcome = await searchTerms(engine, replaced(typed, corrections), filters);
		}
	}
	return {
		terms: outcome.terms,
		results: outcome.results,
		completeCount: outcome.completeCount,
		relaxed: outcome.relaxed,
		corrections,
	};
}

/** The terms to send, each misspelled one replaced by its correction. */
function replaced(terms: string[], corrections: Correction[]): string[] {
	const words = new Map(corrections.map(({ term, word }) => [term, word.toLocaleLowerCase('fr')]));
	return [...new Set(terms.map((term) => words.get(term) ?? term))];
}

async function searchTerms<R extends EngineResult>(
	engine: SearchEngine<R>,
	terms: string[],
	filters: SearchFilters,
): Promise<Omit<SearchOutcome<R>, 'corrections'> & { empty: string[] }> {
	if (terms.length === 0) return { terms, results: [], completeCount: 0, relaxed: false, empty: [] };
	const strict = (await engine.search(terms.join(' '), { filters }))?.results ?? [];
	if (strict.length >= FEW_RESULTS || terms.length < 2) {
		const empty = strict.length === 0 ? terms : [];
		return { terms, results: strict, completeCount: strict.length, relaxed: false, empty };
	}
	const perTerm = await Promise.all(terms.map(async (term) => (await engine.search(term, { filters }))?.results ?? []));
	const seen = new Set(strict.map((result) => result.id));
	const partial = rankPartialMatches(perTerm).filter((result) => !seen.has(result.id));
	const empty = terms.filter((_, index) => perTerm[index]?.length === 0);
	return { terms, results: [...strict, ...partial], completeCount: strict.length, relaxed: partial.length > 0, empty };
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
