import { describe, expect, it } from 'vitest';
import { runSearch, type EngineResult } from '../../src/lib/search/run-search.ts';
import { Vocabulary } from '../../src/lib/search/vocabulary.ts';

/** A stand-in for Pagefind: a page matches when it has every term (no stemming). */
function engine(pages: Record<string, string[]>) {
	const terms: string[] = [];
	return {
		terms,
		async search(term: string) {
			terms.push(term);
			const wanted = term.split(' ');
			const results: EngineResult[] = Object.entries(pages)
				.filter(([, words]) => wanted.every((w) => words.includes(w)))
				.map(([id]) => ({ id, score: 1 }));
			return { results };
		},
	};
}

const PAGES = {
	charge: ['charge', 'invisible', 'mentale'],
	journal: ['journal', 'charge', 'invisible'],
	heberger: ['charge', 'serveur'],
};
const VOCABULARY = new Vocabulary({ words: ['charge', 'invisible', 'journal', 'mentale', 'serveur', 'confiance'] });

describe('runSearch with a vocabulary', () => {
	it('replaces a misspelled term by the nearest word of the pages and says so', async () => {
		const outcome = await runSearch(engine(PAGES), 'charge invisble', { vocabulary: VOCABULARY });
		expect(outcome.corrections).toEqual([{ term: 'invisble', word: 'invisible' }]);
		expect(outcome.terms).toEqual(['charge', 'invisible']);
		expect(outcome.results.map((r) => r.id).slice(0, outcome.completeCount)).toEqual(['charge', 'journal']);
	});

	it('searches the words as typed when asked for the exact words', async () => {
		const pagefind = engine(PAGES);
		const outcome = await runSearch(pagefind, 'charge invisble', { vocabulary: VOCABULARY, exact: true });
		expect(outcome.corrections).toEqual([]);
		expect(pagefind.terms).toContain('invisble');
	});

	it('corrects a term of a known family when the index finds nothing for it', async () => {
		const outcome = await runSearch(engine(PAGES), 'journal chargr', { vocabulary: VOCABULARY });
		expect(outcome.corrections).toEqual([{ term: 'chargr', word: 'charge' }]);
		expect(outcome.results.map((r) => r.id)).toEqual(['journal']);
	});

	it('corrects nothing without a vocabulary', async () => {
		expect((await runSearch(engine(PAGES), 'invisble')).corrections).toEqual([]);
	});
});
