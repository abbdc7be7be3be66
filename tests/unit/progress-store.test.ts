import { describe, expect, it } from 'vitest';
import {
	decodeTicks,
	parseStorageKey,
	progressText,
	readProgress,
	storageKey,
	writeProgress,
	type ProgressStorage,
} from '../../src/lib/checklists/progress-store.ts';

/** An in-memory Web Storage. */
function memoryStorage(initial: Record<string, string> = {}): ProgressStorage & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key),
	};
}

/** A storage that throws on every call, as Safari's private mode or a full quota does. */
const throwingStorage: ProgressStorage = {
	getItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	},
	removeItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
};

const routine = { id: 'routine', version: 2, itemIds: ['agenda', 'risques', 'point'] };

describe('storage key', () => {
	it('names the checklist and its version', () => {
		expect(storageKey('posture-routine-hebdomadaire', 3)).toBe('partenaire:checklist:posture-routine-hebdomadaire:v3');
	});

	it.each([
		// our own key, read back
		['partenaire:checklist:routine:v2', { id: 'routine', version: 2 }],
		// another site's key on the same origin
		['theme', null],
		// a version that is not a positive integer
		['partenaire:checklist:routine:v0', null],
		['partenaire:checklist:routine:vx', null],
	])('parses %s', (key, expected) => {
		expect(parseStorageKey(key)).toEqual(expected);
	});
});

describe('reading saved ticks', () => {
	it('returns the ticked items in checklist order', () => {
		const storage = memoryStorage({ [storageKey('routine', 2)]: '["point","agenda"]' });
		expect(readProgress(storage, routine)).toEqual(['agenda', 'point']);
	});

	it('keeps ticks when a label is reworded, since labels are not stored', () => {
		const storage = memoryStorage();
		writeProgress(storage, routine, ['risques']);
		// Same ids, new labels: the identity the store sees is unchanged.
		expect(readProgress(storage, { ...routine })).toEqual(['risques']);
	});

	it('drops only the tick of an item removed from the checklist', () => {
		const storage = memoryStorage({ [storageKey('routine', 2)]: '["agenda","ancien","point"]' });
		expect(readProgress(storage, routine)).toEqual(['agenda', 'point']);
	});

	it('ignores the ticks of another version', () => {
		const storage = memoryStorage({ [storageKey('routine', 1)]: '["agenda"]' });
		expect(readProgress(storage, routine)).toEqual([]);
	});

	it.each([
		// not JSON at all
		['{oops'],
		// JSON of another shape: an object, a string, null, numbers
		['{"agenda":true}'],
		['"agenda"'],
		['null'],
		['[1,2,3]'],
	])('reads %s as nothing ticked', (raw) => {
		expect(decodeTicks(raw, routine.itemIds)).toEqual([]);
	});

	it('keeps the string entries of a list that mixes in foreign values', () => {
		expect(decodeTicks('["agenda",null,{"x":1},"point"]', routine.itemIds)).toEqual(['agenda', 'point']);
	});

	it('reads nothing, without throwing, from a storage that throws or is missing', () => {
		expect(readProgress(throwingStorage, routine)).toEqual([]);
		expect(readProgress(null, routine)).toEqual([]);
	});
});

describe('saving ticks', () => {
	it('stores the known ticked ids under the versioned key', () => {
		const storage = memoryStorage();
		expect(writeProgress(storage, routine, ['point', 'inconnu', 'agenda'])).toBe(true);
		expect(storage.data.get(storageKey('routine', 2))).toBe('["agenda","point"]');
	});

	it('removes the key when nothing is ticked, and forgets older versions', () => {
		const storage = memoryStorage({ [storageKey('routine', 1)]: '["agenda"]', [storageKey('routine', 2)]: '["agenda"]' });
		writeProgress(storage, routine, []);
		expect([...storage.data.keys()]).toEqual([]);
	});

	it('reports a refused write instead of throwing', () => {
		expect(writeProgress(throwingStorage, routine, ['agenda'])).toBe(false);
		expect(writeProgress(null, routine, ['agenda'])).toBe(false);
	});
});

describe('progress line', () => {
	it('says how many of the items are ticked', () => {
		expect(progressText(3, 8)).toBe('3 sur 8');
	});
});
