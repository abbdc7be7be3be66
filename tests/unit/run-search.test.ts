import { describe, expect, it } from 'vitest';
import { rankPartialMatches, runSearch, type EngineResult, type SearchFilters } from '../../src/lib/search/run-search.ts';

/** A stand-in for Pagefind: each page is a set of words; a page matches when it has every term. */
function engine(pages: Record<string, string[]>) {
	const calls: { term: string; filters: SearchFilters }[] = [];
	return {
		calls,
		async search(term: string, { filters }: { filters: SearchFilters }) {
			calls.push({ term, filters });
			const terms = term.split(' ');
			const results: EngineResult[] = Object.entries(pages)
				.filter(([, words]) => terms.every((t) => words.includes(t)))
				.map(([id, words]) => ({ id, score: terms.reduce((sum, t) => sum + words.filter((w) => w === t).length, 0) }))
				.sort((a, b) => b.score - a.score);
			return { results };
		},
	};
}

const SITE = {
	confiance: ['confiance', 'confiance', 'confiance', 'dirigeant', 'gagner'],
	posture: ['posture', 'confiance', 'directeur', 'dirigeant'],
	reseau: ['reseau', 'reseau', 'entreprise', 'dirigeant'],
	charge: ['charge', 'mentale', 'charge', 'dirigeant'],
	accueil: ['charge', 'reseau', 'confiance', 'posture', 'dirigeant'],
};

describe('runSearch', () => {
	it('sends Pagefind the meaningful words only, once, when enough pages have them all', async () => {
		const pagefind = engine({ a: ['charge', 'mentale'], b: ['charge', 'mentale'], c: ['charge', 'mentale'] });
		const outcome = await runSearch(pagefind, 'la charge mentale');
		expect(pagefind.calls.map((call) => call.term)).toEqual(['charge mentale']);
		expect(outcome).toMatchObject({ terms: ['charge', 'mentale'], completeCount: 3, relaxed: false });
	});

	it('adds pages with some of the terms when few have them all, the rarer terms weighing more', async () => {
		const outcome = await runSearch(engine(SITE), 'comment gagner la confiance de mon directeur');
		// No page says all three words: « gagner » and « directeur » are rare, « confiance » common.
		expect(outcome.completeCount).toBe(0);
		expect(outcome.relaxed).toBe(true);
		expect(outcome.results.map((r) => r.id).slice(0, 2)).toEqual(['confiance', 'posture']);
	});

	it('keeps pages with every term first, before partial matches', async () => {
		const outcome = await runSearch(engine(SITE), 'charge mentale dirigeant');
		expect(outcome.completeCount).toBe(1);
		expect(outcome.results[0]?.id).toBe('charge');
		expect(outcome.results.filter((r) => r.id === 'charge')).toHaveLength(1);
	});

	it('does not relax a one-word query', async () => {
		const pagefind = engine(SITE);
		const outcome = await runSearch(pagefind, 'inconnu');
		expect(pagefind.calls).toHaveLength(1);
		expect(outcome).toMatchObject({ results: [], relaxed: false });
	});

	it('passes the filters to every search it runs', async () => {
		const pagefind = engine(SITE);
		const filters = { type: { any: ['Guide'] } };
		await runSearch(pagefind, 'gagner directeur', { filters });
		expect(pagefind.calls.length).toBeGreaterThan(1);
		expect(pagefind.calls.every((call) => call.filters === filters)).toBe(true);
	});

	it('searches nothing for an empty query', async () => {
		const pagefind = engine(SITE);
		expect((await runSearch(pagefind, '  ')).results).toEqual([]);
		expect(pagefind.calls).toHaveLength(0);
	});
});

describe('rankPartialMatches', () => {
	it('leaves out pages far below the best partial match', () => {
		const common = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, score: 1 }));
		const ranked = rankPartialMatches([[{ id: 'rare', score: 5 }], common]);
		expect(ranked[0]?.id).toBe('rare');
		// a page with only the common word weighs 1 / (1 + ln 20) ≈ 0.25 of the rare one
		expect(ranked).toHaveLength(1);
	});
});
