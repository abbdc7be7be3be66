/**
 * The built livre blanc, read back as a reader's tools read it: no raw markup, no box over the
 * text, a contents page whose numbers lead to the chapters, the site's colour. Independent of the
 * guides' sentences: it reads constructs and positions, not prose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { guideTitles } from '../helpers/content.ts';
import { readPdf, spacesAsPdfJsReadsThem, type PdfReadBack } from '../helpers/pdf.ts';
import { contains, intersects, largestText, overlappingLines, readLayout, type PageLayout } from '../helpers/pdf-layout.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { paperColours } from '../../src/lib/pdf/brand.ts';
import { CONTENTS_TITLE } from '../../src/lib/pdf/livre-blanc.ts';

const bytes = new Uint8Array(readFileSync(join(DIST, 'livre-blanc.pdf')));
const colours = paperColours(loadSiteConfig().accentColor);
let book: PdfReadBack;
let layout: PageLayout[];
beforeAll(async () => {
	book = await readPdf(bytes);
	layout = await readLayout(bytes);
}, 60_000);

const boxesOf = (page: PageLayout) => page.fills.filter((fill) => fill.color === colours.tint);

describe('livre blanc as printed', () => {
	it('holds no raw markup: no directive fence, no component tag, no MDX expression', () => {
		expect(book.text).not.toContain(':::');
		expect(book.text.match(/<\/?[A-Z][A-Za-z]*[\s/>]/g) ?? []).toEqual([]);
		expect(book.text).not.toMatch(/\{\/\*|\*\/\}/);
	});

	it('prints boxes (asides, key ideas, self-assessments)', () => {
		expect(layout.slice(1).flatMap(boxesOf).length).toBeGreaterThan(10);
	});

	it('never lets two boxes overlap, nor a box cut through a line', () => {
		const problems = layout.slice(1).flatMap((page) => {
			const boxes = boxesOf(page);
			return [
				...boxes.flatMap((a, i) =>
					boxes
						.slice(i + 1)
						.filter((b) => intersects(a, b))
						.map(() => `p. ${page.number}: deux encadrés`),
				),
				...boxes.flatMap((area) =>
					page.texts
						.filter((text) => intersects(area, text) && !contains(area, text))
						.map((text) => `p. ${page.number}: ${text.text}`),
				),
			];
		});
		expect(problems).toEqual([]);
	});

	it('never sets a line of text over another', () => {
		expect(layout.flatMap(overlappingLines)).toEqual([]);
	});

	it('has a contents page whose numbers are the pages where the guides begin', () => {
		const contents = layout[1];
		expect(contents?.texts[0]?.text).toBe(CONTENTS_TITLE);
		const lines = contents?.texts.map((text) => text.text) ?? [];
		for (const title of [...guideTitles().values()].map(spacesAsPdfJsReadsThem)) {
			const at = lines.findIndex((line) => spacesAsPdfJsReadsThem(line) === title);
			expect(at, title).toBeGreaterThan(0);
			expect(spacesAsPdfJsReadsThem(largestText(layout[Number(lines[at + 1]) - 1])), title).toBe(title);
		}
	});

	it('draws in the site’s accent colour', () => {
		const fills = new Set(layout.flatMap((page) => page.fills.map((fill) => fill.color)));
		expect(fills).toContain(colours.accent);
	});
});
