import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from '../../src/lib/search/url-state.ts';

const KNOWN = { public: ['assistant', 'dirigeant', 'entreprise'], type: ['guide', 'template'], theme: ['reseau'] };

describe('search state in the address', () => {
	it('round-trips a query and several facets', () => {
		const state = { query: 'charge mentale', facets: { type: ['guide'], public: ['assistant', 'dirigeant'] } };
		const address = writeSearchState(state);
		expect(address).toBe('?q=charge+mentale&public=assistant&public=dirigeant&type=guide');
		expect(readSearchState(new URLSearchParams(address), KNOWN)).toEqual(state);
	});

	it('ignores facets and values the page does not know (an old or edited link)', () => {
		const params = new URLSearchParams('q=réseau&public=inconnu&public=entreprise&couleur=bleu');
		expect(readSearchState(params, KNOWN)).toEqual({ query: 'réseau', facets: { public: ['entreprise'] } });
	});

	it('accepts values joined by commas, as people write links by hand', () => {
		expect(readSearchState(new URLSearchParams('public=assistant,dirigeant'), KNOWN).facets).toEqual({
			public: ['assistant', 'dirigeant'],
		});
	});

	it('writes nothing for an empty state', () => {
		expect(writeSearchState({ query: '  ', facets: {} })).toBe('');
	});
});
