/**
 * Derives Starlight's six accent colours (three per theme) from the single accent colour of
 * `content/site.yaml`, shifting lightness until text meets WCAG 2.2 AA contrast, so that a
 * company cannot pick a colour that makes links unreadable.
 */

type Rgb = readonly [number, number, number];

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
/** Starlight's page backgrounds: white in the light theme, hsl(224, 10%, 10%) in the dark one. */
const LIGHT_BG: Rgb = WHITE;
const DARK_BG: Rgb = [23, 24, 28];
/** AA for normal text, with a small margin for anti-aliasing and rounding. */
const TEXT_CONTRAST = 4.6;

export function parseHex(hex: string): Rgb {
	if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Couleur hexadécimale attendue (#rrggbb), reçu « ${hex} ».`);
	const value = parseInt(hex.slice(1), 16);
	return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

export function toHex(rgb: Rgb): string {
	return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

export function mix([r1, g1, b1]: Rgb, [r2, g2, b2]: Rgb, amount: number): Rgb {
	return [r1 + (r2 - r1) * amount, g1 + (g2 - g1) * amount, b1 + (b2 - b1) * amount];
}

/** Moves `color` towards `target` in small steps until `ok` holds (or it reaches the target). */
function shiftUntil(color: Rgb, target: Rgb, ok: (c: Rgb) => boolean): Rgb {
	for (let step = 0; step <= 20; step++) {
		const candidate = mix(color, target, step / 20);
		if (ok(candidate)) return candidate;
	}
	return target;
}

export interface AccentPalette {
	light: { low: string; accent: string; high: string };
	dark: { low: string; accent: string; high: string };
}

export function accentPalette(hex: string): AccentPalette {
	const base = parseHex(hex);
	// Light theme: the accent is link text on white and the background of white text.
	const lightAccent = shiftUntil(base, BLACK, (c) => contrast(c, LIGHT_BG) >= TEXT_CONTRAST);
	// Dark theme: the high shade is link text on the dark background and behind the low shade.
	const darkLow = mix(base, BLACK, 0.7);
	const darkHigh = shiftUntil(base, WHITE, (c) => contrast(c, DARK_BG) >= TEXT_CONTRAST && contrast(c, darkLow) >= TEXT_CONTRAST);
	const darkAccent = shiftUntil(base, WHITE, (c) => contrast(c, DARK_BG) >= 3);
	return {
		light: { low: toHex(mix(base, WHITE, 0.85)), accent: toHex(lightAccent), high: toHex(mix(lightAccent, BLACK, 0.45)) },
		dark: { low: toHex(darkLow), accent: toHex(darkAccent), high: toHex(darkHigh) },
	};
}

/** The CSS that sets the palette on Starlight's custom properties, for both themes. */
export function accentCss(hex: string): string {
	const { light, dark } = accentPalette(hex);
	return [
		`/* Generated from accentColor ${hex} in content/site.yaml by src/lib/theme/accent.ts. */`,
		`:root { --sl-color-accent-low: ${dark.low}; --sl-color-accent: ${dark.accent}; --sl-color-accent-high: ${dark.high}; }`,
		`:root[data-theme='light'] { --sl-color-accent-low: ${light.low}; --sl-color-accent: ${light.accent}; --sl-color-accent-high: ${light.high}; }`,
	].join('\n');
}

/**
 * What the build says when it had to move the accent colour for contrast: links use
 * `accent` in the light theme and `high` in the dark one (Starlight's `--sl-color-text-accent`).
 * Undefined when the colour chosen is used as it is in both themes.
 */
export function accentReport(hex: string): string | undefined {
	const { light, dark } = accentPalette(hex);
	const chosen = hex.toLowerCase();
	const changes = [
		light.accent !== chosen &&
			`thème clair ${light.accent} (contraste ${contrast(parseHex(hex), LIGHT_BG).toFixed(1)}:1 sur fond blanc, ${contrast(parseHex(light.accent), LIGHT_BG).toFixed(1)}:1 après)`,
		dark.high !== chosen &&
			`thème sombre ${dark.high} (contraste ${contrast(parseHex(hex), DARK_BG).toFixed(1)}:1 sur fond sombre, ${contrast(parseHex(dark.high), DARK_BG).toFixed(1)}:1 après)`,
	].filter(Boolean);
	if (changes.length === 0) return undefined;
	return `Couleur d’accent ${hex} ajustée pour que les liens restent lisibles (WCAG 2.2 AA, ${TEXT_CONTRAST}:1 visé) : ${changes.join(' ; ')}.`;
}
