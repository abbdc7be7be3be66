/** Pure layout decisions for the PDFs: sizes, fitting a checklist on one page, running lines. */
import { NBSP } from '../typography/french.ts';
import type { RECURRENCES } from '../../schemas/checklists.ts';

/** Font sizes of a checklist sheet at scale 1, in points. */
export const CHECKLIST_SIZES = { title: 18, summary: 10.5, meta: 8.5, label: 11, help: 9 } as const;

/** Scales tried in turn until the checklist fits one page; the last one is the floor. */
export const CHECKLIST_SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.75] as const;

export type ChecklistSizes = { [K in keyof typeof CHECKLIST_SIZES]: number };

export function checklistSizes(scale: number): ChecklistSizes {
	const round = (size: number) => Math.round(size * scale * 10) / 10;
	const { title, summary, meta, label, help } = CHECKLIST_SIZES;
	return { title: round(title), summary: round(summary), meta: round(meta), label: round(label), help: round(help) };
}

/**
 * The largest scale at which `measure(scale)`, the height the content takes, fits in `available`.
 * A checklist too long even at the smallest scale gets it, and flows on to a second page.
 */
export function largestFittingScale(
	measure: (scale: number) => number,
	available: number,
	scales: readonly number[] = CHECKLIST_SCALES,
): number {
	const fitting = scales.find((scale) => measure(scale) <= available);
	return fitting ?? scales.at(-1) ?? 1;
}

/** « Guide : … · Version 2 · Guide relu le 23 novembre 2026 »: where the sheet comes from. */
export function checklistMetaLine(parts: {
	guideTitle: string;
	audiences: string;
	version: number;
	reviewed?: string | undefined;
}): string {
	return [
		`Guide${NBSP}: ${parts.guideTitle}`,
		`Pour${NBSP}: ${parts.audiences}`,
		`Version ${parts.version}`,
		...(parts.reviewed ? [`guide relu le ${parts.reviewed}`] : []),
	].join(' · ');
}

/** The running footer: who publishes the document and where it lives online, then the page. */
export function footerLine(organisation: string, address: string | undefined, page?: { number: number; count: number }): string {
	const where = address ? `${organisation} · ${address}` : organisation;
	return page && page.count > 1 ? `${where} · page ${page.number} sur ${page.count}` : where;
}

/**
 * The columns a recurring checklist prints, one per period, so one sheet serves several rounds:
 * a month of weeks, a half-year of months, a year of quarters.
 */
export const PERIOD_COLUMNS: Record<(typeof RECURRENCES)[number], string[]> = {
	hebdomadaire: ['Sem. 1', 'Sem. 2', 'Sem. 3', 'Sem. 4', 'Sem. 5'],
	mensuelle: ['Mois 1', 'Mois 2', 'Mois 3', 'Mois 4', 'Mois 5', 'Mois 6'],
	trimestrielle: ['T1', 'T2', 'T3', 'T4'],
};

/** What a recurring checklist's sheet says about its columns. */
export function periodsLine(recurrence: (typeof RECURRENCES)[number]): string {
	return `Checklist ${recurrence}${NBSP}: une colonne par période, datez chaque colonne en haut.`;
}

/** The fields a sheet leaves to fill in by hand, above its items. */
export const SHEET_FIELDS = [`Date${NBSP}:`, `Nom${NBSP}:`] as const;
export const NOTES_TITLE = 'Notes';
