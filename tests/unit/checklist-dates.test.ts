import { describe, expect, it } from 'vitest';
import { dayText, datesKey, parseStorageKey, readDates, writeDates } from '../../src/lib/checklists/progress-store.ts';
import { groupRuns } from '../../src/lib/checklists/groups.ts';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value),
		removeItem: (key: string) => void data.delete(key),
	};
}
const checklist = { id: 'confiance-audit-trois-piliers', version: 2 };

describe('dates of a checklist', () => {
	it('sit beside the ticks of the same id and version, under a key the tick reader ignores', () => {
		expect(datesKey(checklist.id, checklist.version)).toBe('partenaire:checklist:confiance-audit-trois-piliers:v2:dates');
		expect(parseStorageKey(datesKey(checklist.id, checklist.version))).toBeNull();
	});

	it('round-trip', () => {
		const storage = memoryStorage();
		writeDates(storage, checklist, { tick: '2026-11-28T10:00:00.000Z', done: '2026-10-30T10:00:00.000Z' });
		expect(readDates(storage, checklist)).toEqual({ tick: '2026-11-28T10:00:00.000Z', done: '2026-10-30T10:00:00.000Z' });
	});

	it.each([
		// not JSON
		'{oops',
		// JSON of another shape
		'[1,2]',
		'null',
		'"2026-01-01"',
		// dates that are not dates
		'{"tick":"hier","done":12}',
	])('reads %s as no dates', (raw) => {
		expect(readDates(memoryStorage({ [datesKey(checklist.id, checklist.version)]: raw }), checklist)).toEqual({});
	});

	it('says the day in French, with the year only when it is not this one', () => {
		const now = new Date('2026-12-01T12:00:00Z');
		expect(dayText('2026-11-28T12:00:00Z', now)).toBe('le 28 novembre');
		expect(dayText('2025-11-28T12:00:00Z', now)).toBe('le 28 novembre 2025');
	});
});

describe('groups of a checklist', () => {
	it('runs consecutive items of the same group together, ungrouped items in runs of their own', () => {
		const items = [{ id: 'a', group: 'Avant' }, { id: 'b', group: 'Avant' }, { id: 'c' }, { id: 'd', group: 'Après' }];
		expect(groupRuns(items).map((run) => [run.group, run.items.map((item) => item.id)])).toEqual([
			['Avant', ['a', 'b']],
			[undefined, ['c']],
			['Après', ['d']],
		]);
	});
});
