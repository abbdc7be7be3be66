/**
 * A value of a browser tool kept in localStorage under one key, as `{ version, data }`.
 *
 * Storage is untrusted and fallible, and the reader's entries matter more than the page: a value
 * from an older version is migrated step by step; one that does not parse, or comes from a newer
 * version of the guide, is first copied aside under its own key (so nothing is ever overwritten
 * unread); items that fail validation are set aside the same way while the valid ones are kept;
 * a storage that is disabled or full only loses the saving, never the page, and says so.
 */

/** The part of the Web Storage API the store uses, so tests can hand it a plain object. */
export type ToolStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface StoreSpec<T> {
	/** The localStorage key, `partenaire:<tool>`. */
	key: string;
	/** The version this code writes. */
	version: number;
	/** `migrations[n]` turns the data of version n into that of version n + 1. */
	migrations: Record<number, (data: unknown) => unknown>;
	/** The value from data of the current version, and the items it could not read. */
	decode: (data: unknown) => { value: T; rejected: unknown[] };
	/** The value of a reader who has saved nothing yet. */
	empty: () => T;
}

/**
 * What reading found: nothing saved, a value as saved, a value migrated from an older version,
 * an unreadable value or one from a newer version (both copied aside), or no storage at all.
 */
export type ReadOutcome = 'empty' | 'ok' | 'migrated' | 'corrupted' | 'newer' | 'unavailable';

export interface ReadResult<T> {
	value: T;
	outcome: ReadOutcome;
	/** Items that failed validation, copied to `<key>:ecartees`. */
	rejected: number;
	/**
	 * False when the stored value could not be copied aside first: writing would destroy it, so
	 * the page works in memory only.
	 */
	writable: boolean;
}

export type WriteOutcome = 'saved' | 'full' | 'unavailable';

/** `localStorage`, or null where merely reading the property throws (storage disabled). */
export function toolStorage(): ToolStorage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** Where a value that could not be used is copied: `<key>:illisible`, `<key>:v3`, `<key>:ecartees`. */
export function asideKey(key: string, reason: 'illisible' | 'ecartees' | `v${number}`): string {
	return `${key}:${reason}`;
}

function setAside(storage: ToolStorage, key: string, raw: string): boolean {
	try {
		// A copy already there is an older one of the same kind: keep both, the newest last.
		const previous = storage.getItem(key);
		storage.setItem(key, previous === null ? raw : `${previous}\n${raw}`);
		return true;
	} catch {
		return false;
	}
}

function envelope(raw: string): { version: number; data: unknown } | null {
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return null;
		const { version, data } = value as { version?: unknown; data?: unknown };
		return Number.isInteger(version) && (version as number) > 0 ? { version: version as number, data } : null;
	} catch {
		return null;
	}
}

export function readStore<T>(storage: ToolStorage | null, spec: StoreSpec<T>): ReadResult<T> {
	const nothing = (outcome: ReadOutcome, writable: boolean): ReadResult<T> => ({
		value: spec.empty(),
		outcome,
		rejected: 0,
		writable,
	});
	if (!storage) return nothing('unavailable', false);
	let raw: string | null;
	try {
		raw = storage.getItem(spec.key);
	} catch {
		return nothing('unavailable', false);
	}
	if (raw === null) return nothing('empty', true);

	const stored = envelope(raw);
	if (!stored) return nothing('corrupted', setAside(storage, asideKey(spec.key, 'illisible'), raw));
	if (stored.version > spec.version) {
		return nothing('newer', setAside(storage, asideKey(spec.key, `v${stored.version}`), raw));
	}
	let data = stored.data;
	try {
		for (let version = stored.version; version < spec.version; version++) {
			const migrate = spec.migrations[version];
			if (!migrate) throw new Error(`No migration from version ${version}`);
			data = migrate(data);
		}
	} catch {
		return nothing('corrupted', setAside(storage, asideKey(spec.key, 'illisible'), raw));
	}
	const { value, rejected } = spec.decode(data);
	const writable = rejected.length === 0 || setAside(storage, asideKey(spec.key, 'ecartees'), JSON.stringify(rejected));
	return { value, outcome: stored.version < spec.version ? 'migrated' : 'ok', rejected: rejected.length, writable };
}

export function writeStore<T>(storage: ToolStorage | null, spec: StoreSpec<T>, value: T): WriteOutcome {
	if (!storage) return 'unavailable';
	try {
		storage.setItem(spec.key, JSON.stringify({ version: spec.version, data: value }));
		return 'saved';
	} catch (error) {
		// QuotaExceededError in every browser; anything else means storage refuses us altogether.
		const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
		return /quota/i.test(name) ? 'full' : 'unavailable';
	}
}

/** Keeps the items of a list that `read` accepts, and returns the others apart. */
export function partition<T>(list: unknown, read: (item: unknown) => T | null): { kept: T[]; rejected: unknown[] } {
	const kept: T[] = [];
	const rejected: unknown[] = [];
	for (const item of Array.isArray(list) ? list : []) {
		const value = read(item);
		if (value === null) rejected.push(item);
		else kept.push(value);
	}
	return { kept, rejected };
}
