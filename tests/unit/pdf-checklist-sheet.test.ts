/**
 * A checklist sheet worth pinning up: places for the date and a name, lines for notes, its groups
 * as subheadings in order, and for a recurring checklist one column per period, on one page.
 */
import { describe, expect, it } from 'vitest';
import { renderChecklistPdf, type ChecklistSheet } from '../../src/lib/pdf/checklist-pdf.ts';
import { NOTES_TITLE, PERIOD_COLUMNS, SHEET_FIELDS } from '../../src/lib/pdf/layout.ts';
import { paperColours } from '../../src/lib/pdf/brand.ts';
import { RECURRENCES } from '../../src/schemas/checklists.ts';
import { readPdf, spacesAsPdfJsReadsThem } from '../helpers/pdf.ts';
import { readLayout } from '../helpers/pdf-layout.ts';

const sheet: ChecklistSheet = {
	id: 'essai',
	title: 'Préparer le comité',
	summary: 'Chaque semaine, pour un comité sans surprise.',
	version: 1,
	items: [
		{ id: 'a', label: 'Relire l’ordre du jour.', help: 'La veille.', group: 'Avant la réunion' },
		{ id: 'b', label: 'Réserver la salle.', group: 'Avant la réunion' },
		{ id: 'c', label: 'Noter les décisions.', group: 'Pendant la réunion' },
		{ id: 'd', label: 'Envoyer le compte rendu.', group: 'Après la réunion' },
	],
	guideTitle: 'La posture de partenaire',
	audiences: 'assistantes et assistants',
	reviewedDate: new Date('2026-11-23T00:00:00Z'),
	organisation: 'Groupe Exemplaire',
	accentColor: '#b3261e',
	pageAddress: 'https://intranet.exemplaire.example/checklists/essai/',
};

const positions = (text: string, parts: string[]) => parts.map((part) => text.indexOf(spacesAsPdfJsReadsThem(part)));

describe('checklist sheet', () => {
	it('has places for the date, a name and notes, around the items', async () => {
		const { text, pages } = await readPdf(await renderChecklistPdf(sheet));
		expect(pages).toBe(1);
		const [date, name, first, notes] = positions(text, [...SHEET_FIELDS, sheet.items[0]?.label ?? '', NOTES_TITLE]);
		expect([date, name, first, notes].every((at) => (at ?? -1) >= 0)).toBe(true);
		expect((date ?? 0) < (first ?? 0) && (name ?? 0) < (first ?? 0) && (first ?? 0) < (notes ?? 0)).toBe(true);
	});

	it('opens each group once, with its name, before its items', async () => {
		const { text } = await readPdf(await renderChecklistPdf(sheet));
		const order = positions(text, [
			'Avant la réunion',
			'Relire l’ordre du jour.',
			'Réserver la salle.',
			'Pendant la réunion',
			'Noter les décisions.',
			'Après la réunion',
		]);
		expect(order.every((at) => at >= 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(text.split('Avant la réunion')).toHaveLength(2);
	});

	it.each(RECURRENCES)('prints a column per period for a %s checklist', async (recurrence) => {
		const { text, pages } = await readPdf(await renderChecklistPdf({ ...sheet, recurrence }));
		expect(pages).toBe(1);
		expect(PERIOD_COLUMNS[recurrence].filter((period) => !text.includes(period))).toEqual([]);
	});

	it('prints no period columns for a one-time checklist', async () => {
		const { text } = await readPdf(await renderChecklistPdf(sheet));
		expect(
			Object.values(PERIOD_COLUMNS)
				.flat()
				.filter((period) => text.includes(period)),
		).toEqual([]);
	});

	it('uses the site’s accent colour, made readable on white', async () => {
		const [page] = await readLayout(await renderChecklistPdf(sheet));
		expect(page?.colours).toContain(paperColours(sheet.accentColor).accent);
		expect(page?.colours).not.toContain(paperColours('#0b6e69').accent);
	});
});
