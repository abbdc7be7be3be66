/** The site's colour on paper: readable on white, and a box's title readable on its box. */
import { describe, expect, it } from 'vitest';
import { paperColours } from '../../src/lib/pdf/brand.ts';
import { accentPalette, contrast, parseHex } from '../../src/lib/theme/accent.ts';

describe('paper colours', () => {
	it.each([
		// the guide's own teal, a company's red, then light accents that need darkening
		['#0b6e69'],
		['#b3261e'],
		['#ffcc00'],
		['#3399ff'],
		['#9ad0c2'],
	])('%s: the accent reads on white and on the tint (AA)', (hex) => {
		const { accent, tint } = paperColours(hex);
		expect(contrast(parseHex(accent), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
		expect(contrast(parseHex(accent), parseHex(tint))).toBeGreaterThanOrEqual(4.5);
	});

	it('keeps the pages’ light-theme accent when it already reads on the tint', () => {
		expect(paperColours('#0b6e69')).toEqual({
			accent: accentPalette('#0b6e69').light.accent,
			tint: accentPalette('#0b6e69').light.low,
		});
	});
});
