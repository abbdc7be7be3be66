/**
 * The livre blanc's layout rules on a made-up book whose boxes, headings and checklists fall at
 * every height of the page: no box overlaps another or the text around it, no heading ends a page,
 * a checklist's title keeps its first items, and the site's colour and logo are the ones drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLivreBlanc, type BookInput } from '../../src/lib/pdf/livre-blanc.ts';
import { paperColours, readLogo } from '../../src/lib/pdf/brand.ts';
import type { Block } from '../../src/lib/pdf/blocks.ts';
import { contains, intersects, overlappingLines, readLayout, type PageLayout } from '../helpers/pdf-layout.ts';
import { readPdf } from '../helpers/pdf.ts';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';

const COMPANY_ACCENT = '#b3261e';
const LOGO = join(PROJECT_ROOT, 'tests/fixtures/entreprise/entreprise/public/logo.svg');

const sentence = (n: number) =>
	`Phrase numéro ${n} d’un paragraphe assez long pour passer à la ligne plusieurs fois dans la largeur de la page.`;
const paragraph = (n: number, sentences = 3): Block => ({
	type: 'paragraph',
	runs: [{ text: Array.from({ length: sentences }, (_, i) => sentence(n + i)).join(' ') }],
});
const box = (n: number, paragraphs: number): Block => ({
	type: 'box',
	title: `Encadré ${n}`,
	blocks: Array.from({ length: paragraphs }, (_, i) => paragraph(n * 10 + i, 2 + (i % 3))),
});

/** Paragraphs of growing length between boxes of growing height: every break position occurs. */
function guideBlocks(): Block[] {
	const blocks: Block[] = [];
	for (let n = 1; n <= 24; n++) {
		blocks.push({ type: 'heading', depth: 2, text: `Section ${n}` }, paragraph(n, 1 + (n % 5)));
		blocks.push({ type: 'heading', depth: 3, text: `Sous-section ${n}` }, box(n, 1 + (n % 4)));
		if (n % 6 === 0)
			blocks.push({ type: 'heading', depth: 3, text: `Avant la checklist ${n}` }, { type: 'checklist', id: 'essai' });
		blocks.push({
			type: 'list',
			ordered: n % 2 === 0,
			start: 1,
			items: [
				[paragraph(n, 1)],
				[paragraph(n + 1, 1), { type: 'list', ordered: false, start: 1, items: [[paragraph(n + 2, 1)]] }],
			],
		});
	}
	return blocks;
}

const checklist = {
	id: 'essai',
	title: 'Préparer la semaine',
	summary: 'Le vendredi, en un quart d’heure.',
	version: 1,
	items: Array.from({ length: 8 }, (_, i) => ({
		id: `e${i}`,
		label: `Action numéro ${i + 1} à cocher avant lundi.`,
		help: 'Une aide courte.',
	})),
};

const book = (accentColor: string, logo?: string): BookInput => ({
	organisation: 'Groupe Exemplaire',
	siteAddress: 'https://intranet.exemplaire.example/guide-assistants/',
	accentColor,
	logo: logo ? readLogo(logo) : undefined,
	date: new Date('2026-11-23T00:00:00Z'),
	dateText: '23 novembre 2026',
	guides: [
		{ title: 'Premier guide', audiences: 'assistantes et assistants', blocks: guideBlocks() },
		{
			title: 'Second guide',
			description: 'Une description.',
			audiences: 'dirigeantes et dirigeants',
			blocks: guideBlocks().slice(7),
		},
	],
	checklists: new Map([['essai', checklist]]),
	glossary: [{ term: 'Partenaire', definition: 'Une définition.' }],
	sources: [{ title: 'Une source', publisher: 'Un éditeur', ideas: ['Une idée.'] }],
});

let bytes: Uint8Array;
let layout: PageLayout[];
beforeAll(async () => {
	bytes = await renderLivreBlanc(book(COMPANY_ACCENT, LOGO));
	layout = await readLayout(bytes);
}, 60_000);

/** The pages after the cover, whose fills are the boxes' backgrounds. */
const inner = () => layout.slice(1);
const boxesOf = (page: PageLayout) => page.fills.filter((fill) => fill.color === paperColours(COMPANY_ACCENT).tint);

describe('livre blanc layout', () => {
	it('draws the boxes it was given, each on a page', () => {
		expect(inner().flatMap(boxesOf).length).toBeGreaterThanOrEqual(24 + 17);
	});

	it('never lets two boxes overlap', () => {
		const overlapping = inner().flatMap((page) => {
			const boxes = boxesOf(page);
			return boxes.flatMap((a, i) =>
				boxes
					.slice(i + 1)
					.filter((b) => intersects(a, b))
					.map(() => page.number),
			);
		});
		expect(overlapping).toEqual([]);
	});

	it('keeps every text either inside a box or clear of it', () => {
		const straddling = inner().flatMap((page) =>
			boxesOf(page).flatMap((area) =>
				page.texts
					.filter((text) => intersects(area, text) && !contains(area, text))
					.map((text) => `p. ${page.number}: ${text.text}`),
			),
		);
		expect(straddling).toEqual([]);
	});

	it('never sets a line of text over another', () => {
		expect(inner().flatMap(overlappingLines)).toEqual([]);
	});

	it('keeps boxes inside the page margins', () => {
		const outside = inner().flatMap((page) =>
			boxesOf(page).filter((area) => area.top < 56 - 0.5 || area.bottom > 841.89 - 56 - 28 + 0.5),
		);
		expect(outside).toEqual([]);
	});

	it('never ends a page on a heading', async () => {
		// After the contents, the last line above the footer (8 pt) is never set in a heading size
		// (12 pt and more).
		const endings = layout.slice(2).flatMap((page) => {
			const body = page.texts.filter((text) => text.size > 8.5 && text.top > 50);
			const last = body.reduce<(typeof body)[number] | undefined>(
				(low, text) => (!low || text.bottom > low.bottom ? text : low),
				undefined,
			);
			return last && last.size >= 12 ? [`p. ${page.number}: ${last.text}`] : [];
		});
		expect(endings).toEqual([]);
	});

	it('keeps a checklist’s title with its first three items', () => {
		const pages = inner().filter((page) => page.texts.some((text) => text.text.includes('Checklist')));
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) {
			const text = page.texts.map((item) => item.text).join(' ');
			for (const label of checklist.items.slice(0, 3).map((item) => item.label)) expect(text).toContain(label);
		}
	});

	it('uses the site’s accent colour, made readable on white, and not the default one', () => {
		const colours = new Set(layout.flatMap((page) => page.fills.map((fill) => fill.color)));
		expect(colours).toContain(paperColours(COMPANY_ACCENT).accent);
		expect(colours).not.toContain(paperColours('#0b6e69').accent);
	});

	it('draws the logo on the cover', async () => {
		// The fixture's logo is a red square: a fill of its colour on page 1, from its SVG.
		const cover = await readLayout(bytes, 1);
		expect(cover[0]?.fills.map((fill) => fill.color)).toContain(COMPANY_ACCENT);
		expect(readFileSync(LOGO, 'utf8')).toContain(COMPANY_ACCENT);
	});

	it('has running headers with the chapter, and contents whose numbers are the chapters’ pages', async () => {
		const read = await readPdf(bytes);
		expect(read.pages).toBe(layout.length);
		const contents = layout[1]?.texts.map((text) => text.text) ?? [];
		const number = (title: string) => Number(contents[contents.indexOf(title) + 1]);
		for (const title of ['Premier guide', 'Second guide', 'Glossaire', 'Sources']) {
			const page = layout[number(title) - 1];
			expect(page?.texts[0]?.text, title).toBe(title);
		}
		const second = layout[number('Premier guide')];
		const top = [...(second?.texts ?? [])].sort((a, b) => a.top - b.top || a.left - b.left);
		expect(top.slice(0, 2).map((text) => text.text)).toEqual(['Le livre blanc', 'Premier guide']);
	});
});
