import { describe, expect, it } from 'vitest';
import { applyFacets, facetCounts, type Membership } from '../../src/lib/search/facet-filter.ts';

const MEMBERSHIP: Membership = new Map([
	[
		'type',
		new Map([
			['Guide', new Set(['confiance', 'charge'])],
			['Modèle', new Set(['journal'])],
		]),
	],
	[
		'theme',
		new Map([
			['Confiance', new Set(['confiance'])],
			['Charge invisible', new Set(['charge', 'journal'])],
		]),
	],
]);
const RESULTS = [{ id: 'charge' }, { id: 'journal' }, { id: 'confiance' }, { id: 'glossaire' }];

describe('applyFacets', () => {
	it('keeps the results with one of the ticked values of every facet, in order', () => {
		expect(applyFacets(RESULTS, { type: ['Guide', 'Modèle'], theme: ['Charge invisible'] }, MEMBERSHIP)).toEqual([
			{ id: 'charge' },
			{ id: 'journal' },
		]);
	});

	it('keeps everything when nothing is ticked', () => {
		expect(applyFacets(RESULTS, {}, MEMBERSHIP)).toEqual(RESULTS);
	});
});

describe('facetCounts', () => {
	it('counts what ticking a value would show, so the counts add up to the results listed', () => {
		const counts = facetCounts(RESULTS, {}, MEMBERSHIP);
		expect(Object.fromEntries(counts.get('theme') ?? [])).toEqual({ Confiance: 1, 'Charge invisible': 2 });
		expect(Object.fromEntries(counts.get('type') ?? [])).toEqual({ Guide: 2, Modèle: 1 });
	});

	it('counts a facet against the other facets’ choices, not its own', () => {
		const counts = facetCounts(RESULTS, { theme: ['Charge invisible'] }, MEMBERSHIP);
		// Ticking « Confiance » as well would add its page: its count stays.
		expect(Object.fromEntries(counts.get('theme') ?? [])).toEqual({ Confiance: 1, 'Charge invisible': 2 });
		expect(Object.fromEntries(counts.get('type') ?? [])).toEqual({ Guide: 1, Modèle: 1 });
	});
});
