import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { FONT_FILES } from '../../src/lib/pdf/fonts.ts';
import {
	CHECKLIST_SCALES,
	checklistMetaLine,
	checklistSizes,
	footerLine,
	largestFittingScale,
} from '../../src/lib/pdf/layout.ts';
import { guideOrderFromPath, guidesInPathOrder, isLivreBlancGuide } from '../../src/lib/pdf/path-order.ts';
import { NBSP } from '../../src/lib/typography/french.ts';

describe('fitting a checklist on one page', () => {
	it.each([
		// fits at full size
		[(scale: number) => 500 * scale, 600, 1],
		// needs to shrink to 0.85
		[(scale: number) => 700 * scale, 600, 0.85],
		// too long even at the floor: the floor, and it flows on to a second page
		[(scale: number) => 5000 * scale, 600, CHECKLIST_SCALES.at(-1)],
	])('picks the largest scale that fits (%#)', (measure, available, expected) => {
		expect(largestFittingScale(measure, available)).toBe(expected);
	});

	it('scales every size and rounds to a tenth of a point', () => {
		expect(checklistSizes(1)).toEqual({ title: 18, summary: 10.5, meta: 8.5, label: 11, help: 9 });
		expect(checklistSizes(0.85)).toEqual({ title: 15.3, summary: 8.9, meta: 7.2, label: 9.4, help: 7.7 });
	});
});

describe('running lines', () => {
	it('says where the sheet comes from, with French spacing before colons', () => {
		expect(
			checklistMetaLine({ guideTitle: 'La confiance', audiences: 'entreprises et RH', version: 2, reviewed: '3 mars 2026' }),
		).toBe(`Guide${NBSP}: La confiance · Pour${NBSP}: entreprises et RH · Version 2 · guide relu le 3 mars 2026`);
		expect(checklistMetaLine({ guideTitle: 'La confiance', audiences: 'tous', version: 1 })).toBe(
			`Guide${NBSP}: La confiance · Pour${NBSP}: tous · Version 1`,
		);
	});

	it('numbers pages only when there are several', () => {
		expect(footerLine('ACME', 'https://x.example/', { number: 1, count: 1 })).toBe('ACME · https://x.example/');
		expect(footerLine('ACME', 'livre blanc', { number: 2, count: 9 })).toBe('ACME · livre blanc · page 2 sur 9');
	});

	it('prints no address when the site has no public one', () => {
		expect(footerLine('ACME', undefined, { number: 2, count: 3 })).toBe('ACME · page 2 sur 3');
	});
});

describe('embedded fonts', () => {
	it.each(Object.entries(FONT_FILES))('%s has a glyph for every French character', (name, file) => {
		const doc = new PDFDocument({ autoFirstPage: false, font: file });
		const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
		// U+202F, the narrow no-break space, is the one latin subsets lack.
		const missing = [...'éèêëàâîïôûùüÿçœŒÉÈÀÇ«»’…\u202F\u00A0–—'].filter(
			(char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
		);
		expect(missing, name).toEqual([]);
	});

	it('are full TTF files from the registry package, not WOFF2', () => {
		const require = createRequire(import.meta.url);
		const packageFolder = require.resolve('@expo-google-fonts/inter/package.json').replace(/package\.json$/, '');
		for (const file of Object.values(FONT_FILES)) {
			expect(file.startsWith(packageFolder)).toBe(true);
			expect(file).toMatch(/\.ttf$/);
		}
	});
});

describe('order of the livre blanc', () => {
	const path = [
		'- **Le guide** : [Changer de posture](/guides/posture-partenaire/).',
		'- [La confiance](/guides/piliers-de-la-confiance/) et [encore la posture](/guides/posture-partenaire/#routine).',
		'- [Le modèle](/modeles/journal/) is not a guide.',
	].join('\n');

	it('follows the first link to each guide in the assistant path', () => {
		expect(guideOrderFromPath(path)).toEqual(['guides/posture-partenaire', 'guides/piliers-de-la-confiance']);
	});

	it('puts a guide the path does not link to after the others, in sidebar order', () => {
		const guide = (id: string, order: number) => ({ id, data: { sidebar: { order } } });
		const sorted = guidesInPathOrder(path, [
			guide('guides/nouveau', 9),
			guide('guides/piliers-de-la-confiance', 2),
			guide('guides/autre', 8),
			guide('guides/posture-partenaire', 1),
		]);
		expect(sorted.map((g) => g.id)).toEqual([
			'guides/posture-partenaire',
			'guides/piliers-de-la-confiance',
			'guides/autre',
			'guides/nouveau',
		]);
	});
});

describe('the guides of the livre blanc', () => {
	const page = (id: string, type = 'guide', draft = false) => ({ id, data: { type, draft } });

	it('holds the published guides', () => {
		expect(isLivreBlancGuide(page('guides/charge-invisible'), [])).toBe(true);
	});

	it.each([
		['a path', page('parcours/assistant', 'path')],
		['a draft', page('guides/brouillon', 'guide', true)],
		['a company page, even typed as a guide', page('interne/deplacements')],
		['the local pages folder index', page('interne', 'guide')],
	])('leaves out %s', (_, candidate) => {
		expect(isLivreBlancGuide(candidate, [])).toBe(false);
	});

	it('leaves out a guide the company hides, and only that one', () => {
		expect(isLivreBlancGuide(page('guides/reseau-d-assistants'), ['guides/reseau-d-assistants'])).toBe(false);
		expect(isLivreBlancGuide(page('guides/charge-invisible'), ['guides/reseau-d-assistants'])).toBe(true);
	});
});
