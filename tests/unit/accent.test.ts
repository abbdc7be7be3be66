import { describe, expect, it } from 'vitest';
import { accentPalette, contrast, parseHex } from '../../src/lib/theme/accent.ts';

const WHITE = parseHex('#ffffff');
const DARK_BG = parseHex('#17181c');

describe('accent palette', () => {
	// Brand colours a company might choose: too light, too dark, saturated, grey.
	it.each(['#0b6e69', '#ffdd00', '#00ff00', '#e30613', '#1a1a1a', '#f5f5f5', '#7f7f7f', '#3355ff'])(
		'keeps link text readable in both themes for %s',
		(hex) => {
			const { light, dark } = accentPalette(hex);
			expect(contrast(parseHex(light.accent), WHITE)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(parseHex(dark.high), DARK_BG)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(parseHex(dark.high), parseHex(dark.low))).toBeGreaterThanOrEqual(4.5);
		},
	);

	it('keeps a colour that already passes unchanged in the light theme', () => {
		expect(accentPalette('#0b6e69').light.accent).toBe('#0b6e69');
	});

	it('refuses what is not a #rrggbb colour', () => {
		expect(() => parseHex('vert')).toThrow(/#rrggbb/);
	});
});
