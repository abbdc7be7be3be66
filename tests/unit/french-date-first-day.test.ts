import { describe, expect, it } from 'vitest';
import { frenchDate } from '../../src/lib/labels.ts';

describe('frenchDate on the first day of a month', () => {
	it.each([
		// the first day takes the ordinal « 1er »
		['2026-12-01', '1er décembre 2026'],
		// other days stay cardinal, including those that start with a 1
		['2026-12-10', '10 décembre 2026'],
		['2026-01-11', '11 janvier 2026'],
		['2026-03-21', '21 mars 2026'],
	])('%s → %s', (iso, expected) => {
		expect(frenchDate(new Date(`${iso}T00:00:00Z`))).toBe(expected);
	});
});
