/** Durations and days as the journal shows them, in French with its no-break spaces. */
import { NBSP } from '../typography/french.ts';

/** 45 → « 45 min », 90 → « 1 h 30 », 120 → « 2 h ». */
export function formatMinutes(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return `${rest}${NBSP}min`;
	return rest === 0 ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`;
}

const DAY_FORMAT = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * « 2026-03-12 » → « 12 mars 2026 »; the first of the month is « 1er », as `frenchDate` of
 * src/lib/labels.ts writes it. Not imported from there: labels.ts reaches the Zod schemas, which
 * would ship Zod in the tools' browser scripts.
 */
export function formatDay(day: string): string {
	return DAY_FORMAT.format(new Date(`${day}T12:00:00Z`))
		.replace(/^1 /, '1er ')
		.replace(/ /g, NBSP);
}
