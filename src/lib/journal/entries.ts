/**
 * The journal's entries and reporting period, and how they are kept in the browser under
 * `partenaire:journal`: each entry is checked on its own, so one damaged entry is set aside while
 * every other one stays (see src/lib/tools/versioned-store.ts).
 */
import { partition, type StoreSpec } from '../tools/versioned-store.ts';

export interface Entry {
	id: string;
	/** The day of the task, YYYY-MM-DD in the reader's time zone. */
	date: string;
	task: string;
	/** A family code of the template (families.ts); an unknown one is kept and shown as is. */
	family: string;
	minutes: number;
	/** The person or team who benefits; may be empty. */
	beneficiary: string;
	/** « Incident évité » : the entry also goes to the list of what was avoided. */
	avoided: boolean;
	/** What would have happened otherwise; may be empty. */
	note: string;
}

export interface Period {
	start: string;
	end: string;
}

export interface JournalState {
	entries: Entry[];
	/** The period the reader chose; null for the default, the last PERIOD_DAYS days. */
	period: Period | null;
}

/** The default period: two ordinary weeks, as the template advises. */
export const PERIOD_DAYS = 14;
/** A day of work at most: a longer duration is a typing slip. */
export const MAX_MINUTES = 24 * 60;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: unknown): value is string {
	return typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

export function isMinutes(value: unknown): value is number {
	return Number.isInteger(value) && (value as number) > 0 && (value as number) <= MAX_MINUTES;
}

/** An entry from untrusted data, or null; texts are trimmed and optional ones default to empty. */
export function readEntry(value: unknown): Entry | null {
	if (typeof value !== 'object' || value === null) return null;
	const v = value as Record<string, unknown>;
	const text = (field: unknown) => (typeof field === 'string' ? field.trim() : '');
	const task = text(v['task']);
	const family = text(v['family']);
	if (typeof v['id'] !== 'string' || !v['id'] || !isDay(v['date']) || !task || !family || !isMinutes(v['minutes'])) return null;
	return {
		id: v['id'],
		date: v['date'],
		task,
		family,
		minutes: v['minutes'],
		beneficiary: text(v['beneficiary']),
		avoided: v['avoided'] === true,
		note: text(v['note']),
	};
}

/** An id unique enough for one reader's journal, where crypto.randomUUID() may be missing (plain http). */
export function newEntryId(now = Date.now(), random = Math.random()): string {
	return `${now.toString(36)}${Math.floor(random * 36 ** 6)
		.toString(36)
		.padStart(6, '0')}`;
}

function readPeriod(value: unknown): Period | null {
	if (typeof value !== 'object' || value === null) return null;
	const { start, end } = value as Record<string, unknown>;
	return isDay(start) && isDay(end) && start <= end ? { start, end } : null;
}

export const journalStore: StoreSpec<JournalState> = {
	key: 'partenaire:journal',
	version: 1,
	migrations: {},
	empty: () => ({ entries: [], period: null }),
	decode(data) {
		const value = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
		const { kept, rejected } = partition(value['entries'], readEntry);
		return { value: { entries: sortEntries(kept), period: readPeriod(value['period']) }, rejected };
	},
};

/** Newest day first; the same day keeps the order the entries were made in. */
export function sortEntries(entries: readonly Entry[]): Entry[] {
	return [...entries].sort((a, b) => b.date.localeCompare(a.date));
}

/** YYYY-MM-DD of a date, in the reader's time zone. */
export function dayOf(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` after (or before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
	const date = new Date(`${day}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** The last PERIOD_DAYS days, today included. */
export function defaultPeriod(today: string): Period {
	return { start: addDays(today, -(PERIOD_DAYS - 1)), end: today };
}

export function inPeriod(entry: Entry, period: Period): boolean {
	return entry.date >= period.start && entry.date <= period.end;
}

/**
 * Entries merged into a journal: an imported entry with the id of an existing one replaces it
 * (re-importing one's own export changes nothing), any other is added.
 */
export function mergeEntries(existing: readonly Entry[], incoming: readonly Entry[]): Entry[] {
	const byId = new Map(existing.map((entry) => [entry.id, entry]));
	for (const entry of incoming) byId.set(entry.id, entry);
	return sortEntries([...byId.values()]);
}
