import { describe, expect, it } from 'vitest';
import {
	asideKey,
	partition,
	readStore,
	writeStore,
	type StoreSpec,
	type ToolStorage,
} from '../../src/lib/tools/versioned-store.ts';

function memoryStorage(initial: Record<string, string> = {}): ToolStorage & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

/** A storage whose reads work and whose writes fail with `name`, as a full quota or a locked profile do. */
function refusingStorage(name: string, initial: Record<string, string> = {}): ToolStorage {
	const storage = memoryStorage(initial);
	return {
		getItem: storage.getItem,
		setItem: () => {
			throw new DOMException('refused', name);
		},
	};
}

/** Version 2 of a list of names; version 1 stored a comma-separated string. */
const spec: StoreSpec<string[]> = {
	key: 'partenaire:test',
	version: 2,
	migrations: { 1: (data) => String(data).split(',') },
	empty: () => [],
	decode: (data) => {
		const { kept, rejected } = partition(data, (item) => (typeof item === 'string' && item ? item : null));
		return { value: kept, rejected };
	},
};
const stored = (version: number, data: unknown) => JSON.stringify({ version, data });

describe('versioned store', () => {
	it('reads what it wrote', () => {
		const storage = memoryStorage();
		expect(writeStore(storage, spec, ['a', 'b'])).toBe('saved');
		expect(readStore(storage, spec)).toEqual({ value: ['a', 'b'], outcome: 'ok', rejected: 0, writable: true });
	});

	it('starts empty when nothing is saved', () => {
		expect(readStore(memoryStorage(), spec)).toMatchObject({ value: [], outcome: 'empty', writable: true });
	});

	it('migrates an older version step by step', () => {
		const storage = memoryStorage({ 'partenaire:test': stored(1, 'a,b') });
		expect(readStore(storage, spec)).toMatchObject({ value: ['a', 'b'], outcome: 'migrated' });
	});

	it.each([
		// not JSON at all
		['{pas du json'],
		// JSON without the envelope
		['["a"]'],
		// a version with no migration path
		[stored(0, 'a')],
	])('sets an unreadable value (%s) aside before starting blank', (raw) => {
		const storage = memoryStorage({ 'partenaire:test': raw });
		expect(readStore(storage, spec)).toMatchObject({ value: [], outcome: 'corrupted', writable: true });
		expect(storage.data.get(asideKey(spec.key, 'illisible'))).toBe(raw);
	});

	it('sets a newer version aside under its version, untouched', () => {
		const raw = stored(3, { names: ['a'] });
		const storage = memoryStorage({ 'partenaire:test': raw });
		expect(readStore(storage, spec)).toMatchObject({ value: [], outcome: 'newer' });
		expect(storage.data.get('partenaire:test:v3')).toBe(raw);
	});

	it('keeps the valid items and sets the damaged ones aside', () => {
		const storage = memoryStorage({ 'partenaire:test': stored(2, ['a', 42, 'b', null]) });
		expect(readStore(storage, spec)).toMatchObject({ value: ['a', 'b'], outcome: 'ok', rejected: 2, writable: true });
		expect(JSON.parse(storage.data.get(asideKey(spec.key, 'ecartees')) ?? '')).toEqual([42, null]);
	});

	it('keeps an earlier copy set aside when another one comes', () => {
		const storage = memoryStorage({ 'partenaire:test': 'abc', 'partenaire:test:illisible': 'old' });
		readStore(storage, spec);
		expect(storage.data.get('partenaire:test:illisible')).toBe('old\nabc');
	});

	it('refuses to write over an unreadable value it could not copy aside', () => {
		const storage = refusingStorage('QuotaExceededError', { 'partenaire:test': '{oops' });
		expect(readStore(storage, spec)).toMatchObject({ outcome: 'corrupted', writable: false });
	});

	it('says when the storage is full or refused, without throwing', () => {
		expect(writeStore(refusingStorage('QuotaExceededError'), spec, ['a'])).toBe('full');
		expect(writeStore(refusingStorage('SecurityError'), spec, ['a'])).toBe('unavailable');
		expect(writeStore(null, spec, ['a'])).toBe('unavailable');
	});

	it('works without storage at all, or with one that throws on read', () => {
		expect(readStore(null, spec)).toMatchObject({ value: [], outcome: 'unavailable', writable: false });
		const throwing: ToolStorage = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => undefined,
		};
		expect(readStore(throwing, spec)).toMatchObject({ value: [], outcome: 'unavailable', writable: false });
	});
});
