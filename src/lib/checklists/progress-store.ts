/**
 * Saved ticks of a checklist, in the reader's browser (localStorage).
 *
 * One key per checklist and version, `partenaire:checklist:<id>:v<version>`, whose value is the
 * JSON list of ticked item ids. Labels are not stored, so rewording a label keeps its tick; an
 * item that left the checklist is dropped on read; a new version starts from a blank sheet, since
 * its items may mean something else. Storage is untrusted: anything unreadable counts as nothing
 * ticked, and a storage that throws (private mode, quota, disabled cookies) only loses the saving.
 */

/** What the store needs of a checklist: its identity and the ids of its current items. */
export interface ChecklistIdentity {
	id: string;
	version: number;
	itemIds: readonly string[];
}

/** The part of the Web Storage API the store uses, so tests can hand it a plain object. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'partenaire:checklist:';

export function storageKey(id: string, version: number): string {
	return `${PREFIX}${id}:v${version}`;
}

/** The checklist and version a storage key belongs to, or null for a key that is not ours. */
export function parseStorageKey(key: string): { id: string; version: number } | null {
	const match = /^partenaire:checklist:([a-z0-9-]+):v([1-9][0-9]*)$/.exec(key);
	return match?.[1] && match[2] ? { id: match[1], version: Number(match[2]) } : null;
}

/** `localStorage`, or null where merely reading the property throws (storage disabled). */
export function browserStorage(): ProgressStorage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** The ticked items of the current version, in checklist order; nothing when the data is not ours. */
export function readProgress(storage: ProgressStorage | null, checklist: ChecklistIdentity): string[] {
	let raw: string | null;
	try {
		raw = storage?.getItem(storageKey(checklist.id, checklist.version)) ?? null;
	} catch {
		return [];
	}
	return raw === null ? [] : decodeTicks(raw, checklist.itemIds);
}

/** Items of `itemIds` named in a stored value; any other shape is foreign and reads as none. */
export function decodeTicks(raw: string, itemIds: readonly string[]): string[] {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return [];
	}
	if (!Array.isArray(value)) return [];
	const stored = new Set(value.filter((entry): entry is string => typeof entry === 'string'));
	return itemIds.filter((id) => stored.has(id));
}

/**
 * Saves the ticked items (unknown ids are left out) and forgets older versions of the checklist.
 * Returns false when the browser refused to store them, so the page can still work unsaved.
 */
export function writeProgress(storage: ProgressStorage | null, checklist: ChecklistIdentity, ticked: Iterable<string>): boolean {
	if (!storage) return false;
	const wanted = new Set(ticked);
	const value = checklist.itemIds.filter((id) => wanted.has(id));
	try {
		if (value.length === 0) storage.removeItem(storageKey(checklist.id, checklist.version));
		else storage.setItem(storageKey(checklist.id, checklist.version), JSON.stringify(value));
		for (let version = 1; version < checklist.version; version++) storage.removeItem(storageKey(checklist.id, version));
		return true;
	} catch {
		return false;
	}
}

/** « 3 sur 8 »: the progress line, as announced to screen readers. */
export function progressText(ticked: number, total: number): string {
	return `${ticked} sur ${total}`;
}

/** When the reader last ticked a box of a checklist, and when they last completed it (ISO dates). */
export interface ProgressDates {
	tick?: string;
	done?: string;
}

/** Beside the ticks, same checklist and version: `partenaire:checklist:<id>:v<version>:dates`. */
export function datesKey(id: string, version: number): string {
	return `${storageKey(id, version)}:dates`;
}

const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** The stored dates, each kept only when it is a readable date. */
export function readDates(storage: ProgressStorage | null, checklist: Pick<ChecklistIdentity, 'id' | 'version'>): ProgressDates {
	try {
		const value: unknown = JSON.parse(storage?.getItem(datesKey(checklist.id, checklist.version)) ?? '{}');
		if (typeof value !== 'object' || value === null) return {};
		const { tick, done } = value as Record<string, unknown>;
		return { ...(isDate(tick) && { tick }), ...(isDate(done) && { done }) };
	} catch {
		return {};
	}
}

export function writeDates(
	storage: ProgressStorage | null,
	checklist: Pick<ChecklistIdentity, 'id' | 'version'>,
	dates: ProgressDates,
): void {
	try {
		storage?.setItem(datesKey(checklist.id, checklist.version), JSON.stringify(dates));
	} catch {
		// Dates are a comfort: losing them never loses a tick.
	}
}

/** « le 3 novembre », or « le 3 novembre 2025 » for another year than `now`'s. */
export function dayText(iso: string, now = new Date()): string {
	const date = new Date(iso);
	const sameYear = date.getFullYear() === now.getFullYear();
	return `le ${date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', ...(!sameYear && { year: 'numeric' }) })}`;
}
