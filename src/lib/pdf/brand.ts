/**
 * The site's identity on paper: its accent colour and its logo, both read from the site settings
 * (`content/site.yaml`, or a company's overlay of it) by the endpoints and passed in here.
 */
import { readFileSync } from 'node:fs';
import SVGtoPDF from 'svg-to-pdfkit';
import { accentPalette, contrast, mix, parseHex, toHex } from '../theme/accent.ts';
import type { Pdf } from './document.ts';

export interface PaperColours {
	/** Headings, rules, box titles: the accent darkened until it reads on white (AA). */
	accent: string;
	/** The background of boxes: the accent faded towards white. */
	tint: string;
}

/** AA for the boxes' titles, small bold text in the accent on the tint (as src/lib/theme/accent.ts). */
const TITLE_CONTRAST = 4.6;

/**
 * The same derivation as the pages' light theme, so the PDF and the site match; the accent is
 * darkened further where a light one would not read on its own tint (a box's title on its box).
 */
export function paperColours(accentColor: string): PaperColours {
	const { light } = accentPalette(accentColor);
	const tint = parseHex(light.low);
	let accent = parseHex(light.accent);
	for (let step = 1; step <= 20 && contrast(accent, tint) < TITLE_CONTRAST; step++) {
		accent = mix(parseHex(light.accent), [0, 0, 0], step / 20);
	}
	return { accent: toHex(accent), tint: light.low };
}

/** A logo (SVG or PNG), read once per build. */
export interface Logo {
	svg?: string;
	png?: Buffer;
}

export function readLogo(file: string): Logo {
	return file.toLowerCase().endsWith('.svg') ? { svg: readFileSync(file, 'utf8') } : { png: readFileSync(file) };
}

/**
 * Draws the logo as an artifact `height` points high at (x, y), its width following its own
 * proportions within `maxWidth`. An SVG's text is set in Inter, so no standard font is embedded.
 */
export function drawLogo(doc: Pdf, logo: Logo, x: number, y: number, height: number, maxWidth: number): void {
	doc.markContent('Artifact', { type: 'Layout' });
	if (logo.svg) {
		SVGtoPDF(doc, logo.svg, x, y, {
			width: maxWidth,
			height,
			preserveAspectRatio: 'xMinYMid meet',
			fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
			// Unsupported SVG features (filters, CSS) are skipped: the logo still draws its shapes.
			warningCallback: () => undefined,
		});
	} else if (logo.png) {
		doc.image(logo.png, x, y, { fit: [maxWidth, height], valign: 'center' });
	}
	doc.endMarkedContent();
	doc.fillColor('black').strokeColor('black');
}
