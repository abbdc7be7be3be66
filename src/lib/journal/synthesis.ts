/**
 * The synthesis of a period, for the interview with the executive: time by family and by
 * beneficiary, the list of what was avoided, and the same as Markdown to paste in a note.
 * Shares of time are rounded so that they add up to 100.
 */
import { inPeriod, type Entry, type Period } from './entries.ts';
import type { Family } from './families.ts';
import { formatDay, formatMinutes } from './format.ts';
import { NBSP, NNBSP } from '../typography/french.ts';

export interface Share {
	key: string;
	label: string;
	minutes: number;
	count: number;
	/** Whole percent of the period's time. */
	percent: number;
}

export interface Synthesis {
	period: Period;
	entries: Entry[];
	totalMinutes: number;
	/** Every family of the template, in its order, then unknown codes; empty ones included. */
	byFamily: Share[];
	/** Beneficiaries, most time first; an empty name is « Non précisé ». */
	byBeneficiary: Share[];
	/** Entries marked « incident évité », oldest first. */
	avoided: Entry[];
}

export const NO_BENEFICIARY = 'Non précisé';

/** Largest-remainder rounding: whole percents that add up to exactly 100. */
function percents(values: readonly number[]): number[] {
	const total = values.reduce((sum, value) => sum + value, 0);
	if (total === 0) return values.map(() => 0);
	const exact = values.map((value) => (value / total) * 100);
	const floors = exact.map(Math.floor);
	let left = 100 - floors.reduce((sum, value) => sum + value, 0);
	const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
	for (const { index } of order) {
		if (left-- <= 0) break;
		floors[index] = (floors[index] ?? 0) + 1;
	}
	return floors;
}

function shares(groups: Map<string, { label: string; entries: Entry[] }>): Share[] {
	const list = [...groups].map(([key, { label, entries }]) => ({
		key,
		label,
		minutes: entries.reduce((sum, entry) => sum + entry.minutes, 0),
		count: entries.length,
	}));
	const rounded = percents(list.map((share) => share.minutes));
	return list.map((share, index) => ({ ...share, percent: rounded[index] ?? 0 }));
}

export function synthesise(all: readonly Entry[], period: Period, families: readonly Family[]): Synthesis {
	const entries = all.filter((entry) => inPeriod(entry, period));
	const byFamily = new Map(families.map((family) => [family.code, { label: family.label, entries: [] as Entry[] }]));
	const byBeneficiary = new Map<string, { label: string; entries: Entry[] }>();
	for (const entry of entries) {
		if (!byFamily.has(entry.family)) byFamily.set(entry.family, { label: entry.family, entries: [] });
		byFamily.get(entry.family)?.entries.push(entry);
		const name = entry.beneficiary || NO_BENEFICIARY;
		const key = name.toLocaleLowerCase('fr');
		if (!byBeneficiary.has(key)) byBeneficiary.set(key, { label: name, entries: [] });
		byBeneficiary.get(key)?.entries.push(entry);
	}
	return {
		period,
		entries,
		totalMinutes: entries.reduce((sum, entry) => sum + entry.minutes, 0),
		byFamily: shares(byFamily),
		byBeneficiary: shares(byBeneficiary).sort((a, b) => b.minutes - a.minutes || a.label.localeCompare(b.label, 'fr')),
		avoided: entries.filter((entry) => entry.avoided).sort((a, b) => a.date.localeCompare(b.date)),
	};
}

/** A Markdown table cell: no line break, no unescaped pipe. */
function cell(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

export function synthesisMarkdown(synthesis: Synthesis): string {
	const { period, totalMinutes, byFamily, byBeneficiary, avoided } = synthesis;
	const lines = [
		`# Synthèse du journal de la charge invisible`,
		'',
		`Du ${formatDay(period.start)} au ${formatDay(period.end)}${NBSP}: ${synthesis.entries.length} tâches notées, ${formatMinutes(totalMinutes)} au total.`,
		'',
		'## Par catégorie',
		'',
		'| Catégorie | Temps | Part | Tâches |',
		'|---|---|---|---|',
		...byFamily.map(
			(share) => `| ${cell(share.label)} | ${formatMinutes(share.minutes)} | ${share.percent}${NNBSP}% | ${share.count} |`,
		),
		'',
		'## Pour qui',
		'',
		'| Pour qui | Temps | Part | Tâches |',
		'|---|---|---|---|',
		...byBeneficiary.map(
			(share) => `| ${cell(share.label)} | ${formatMinutes(share.minutes)} | ${share.percent}${NNBSP}% | ${share.count} |`,
		),
		'',
		'## Ce que j’ai évité',
		'',
		...(avoided.length === 0
			? ['Aucun incident évité noté sur la période.']
			: avoided.map(
					(entry) =>
						`- ${formatDay(entry.date)}${NBSP}: ${cell(entry.task)}${entry.note ? `. Sans cela${NBSP}: ${cell(entry.note)}` : ''}`,
				)),
		'',
	];
	return lines.join('\n');
}
