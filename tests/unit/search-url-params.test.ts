import { describe, expect, it } from 'vitest';
import { workerSettings } from '../../src/lib/offline/workbox-config.ts';
import { FACET_KEYS, FACET_NAMES } from '../../src/lib/search/facet-keys.ts';
import { SCOPE } from '../../src/lib/search/scope.ts';
import { readSearchState, SEARCH_PARAMS, writeSearchState } from '../../src/lib/search/url-state.ts';

describe('the search page’s address parameters, stated once', () => {
	it('are the query, the exact-words switch, the scope and every facet', () => {
		expect(SEARCH_PARAMS).toEqual(['q', 'exact', SCOPE.param, ...FACET_NAMES.map((name) => FACET_KEYS[name].param)]);
	});

	it('are all ignored by the service worker, so /recherche/?… is the precached page', () => {
		const ignored = workerSettings([], 'v').ignoredParams.map((source) => new RegExp(source));
		for (const param of SEARCH_PARAMS)
			expect(
				ignored.some((pattern) => pattern.test(param)),
				param,
			).toBe(true);
		expect(ignored.some((pattern) => pattern.test('page'))).toBe(false);
	});

	it('round-trip the scope and the exact words, leaving the default scope out', () => {
		const state = { query: 'champs', facets: {}, scope: 'contribution' as const, exact: true as const };
		const address = writeSearchState(state);
		expect(address).toBe('?q=champs&exact=1&espace=contribution');
		expect(readSearchState(new URLSearchParams(address), {})).toEqual(state);
		expect(readSearchState(new URLSearchParams('q=a&espace=guide&espace=inconnu'), {})).toEqual({ query: 'a', facets: {} });
	});
});
