/**
 * The site's identity on paper: its accent colour and its logo, both read from the site settings
 * (`content/site.yaml`, or a company's overlay of it) by the endpoints and passed in here.
 */
import { readFileSync } from 'node:fs';
import SVGtoPDF from 'svg-to-pdfkit';
import { accentPalette } from '../theme/accent.ts';
import type { Pdf } from './document.ts';

export interface PaperColours {
	/** Headings, rules, box titles: the accent darkened until it reads on white (AA). */
	accent: string;
	/** The background of boxes: the accent faded towards white. */
	tint: string;
}

/** The same derivation as the pages' light theme, so the PDF and the site match. */
export function paperColours(accentColor: string): PaperColours {
	const { light } = accentPalette(accentColor);
	return { accent: light.accent, tint: light.low };
}

/** A logo file (SVG or PNG), read once per build. */
export interface Logo {
	file: string;
	svg?: string;
	png?: Buffer;
}

export function readLogo(file: string): Logo {
	return file.toLowerCase().endsWith('.svg') ? { file, svg: readFileSync(file, 'utf8') } : { file, png: readFileSync(file) };
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
