/** The journal's logic: families from the template, entries and their storage, CSV, synthesis. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { familiesFromTemplate, FAMILIES_SOURCE } from '../../src/lib/journal/families.ts';
import { addDays, defaultPeriod, journalStore, mergeEntries, readEntry, type Entry } from '../../src/lib/journal/entries.ts';
import { BOM, entriesFromCsv, entriesToCsv, parseCsv } from '../../src/lib/journal/csv.ts';
import { synthesise, synthesisMarkdown } from '../../src/lib/journal/synthesis.ts';
import { formatMinutes } from '../../src/lib/journal/format.ts';
import { readStore } from '../../src/lib/tools/versioned-store.ts';
import { NBSP, NNBSP } from '../../src/lib/typography/french.ts';

const TEMPLATE = readFileSync(join(import.meta.dirname, '../..', FAMILIES_SOURCE), 'utf8');
const families = familiesFromTemplate(TEMPLATE);

function entry(overrides: Partial<Entry> = {}): Entry {
	return {
		id: 'e1',
		date: '2026-03-10',
		task: 'Relancé trois services',
		family: 'COO',
		minutes: 30,
		beneficiary: 'Direction financière',
		avoided: false,
		note: '',
		...overrides,
	};
}

describe('families of the journal', () => {
	it('are the codes of the template’s table, in its order', () => {
		expect(families.map((family) => family.code)).toEqual(['COO', 'ANT', 'OUT', 'URG', 'DEM', 'SOU', 'PRE']);
		expect(families[0]).toMatchObject({ code: 'COO', label: 'Coordination' });
	});

	it.each([
		// the table's header renamed
		[TEMPLATE.replace('| Code | Catégorie | Exemples |', '| Sigle | Famille | Exemples |'), /introuvable ou vide/],
		// a code twice
		[TEMPLATE.replace('| ANT |', '| COO |'), /« COO » figure deux fois/],
	])('stop the build with the fix when the table breaks (%#)', (text, message) => {
		expect(() => familiesFromTemplate(text)).toThrow(message);
		expect(() => familiesFromTemplate(text)).toThrow(/journal-charge-invisible\.mdx[^]*familles-du-journal/);
	});
});

describe('journal entries', () => {
	it('reads a valid entry and refuses a damaged one', () => {
		expect(readEntry(entry())).toEqual(entry());
		expect(readEntry({ ...entry(), minutes: 0 })).toBeNull();
		expect(readEntry({ ...entry(), date: '10/03/2026' })).toBeNull();
		expect(readEntry({ ...entry(), task: '  ' })).toBeNull();
		expect(readEntry('COO')).toBeNull();
	});

	it('keeps every valid entry of a stored journal with one damaged entry', () => {
		const raw = JSON.stringify({ version: 1, data: { entries: [entry(), { id: 'x' }, entry({ id: 'e2' })], period: null } });
		const storage = {
			data: new Map([['partenaire:journal', raw]]),
			getItem: (k: string) => storage.data.get(k) ?? null,
			setItem: (k: string, v: string) => void storage.data.set(k, v),
		};
		const read = readStore(storage, journalStore);
		expect(read.value.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
		expect(read.rejected).toBe(1);
	});

	it('has a default period of the last fourteen days, today included', () => {
		expect(defaultPeriod('2026-03-14')).toEqual({ start: '2026-03-01', end: '2026-03-14' });
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
	});

	it('merges an import: same id replaces, new id adds', () => {
		const merged = mergeEntries(
			[entry(), entry({ id: 'e2' })],
			[entry({ id: 'e2', minutes: 45 }), entry({ id: 'e3', date: '2026-03-12' })],
		);
		expect(merged.map((e) => [e.id, e.minutes])).toEqual([
			['e3', 30],
			['e1', 30],
			['e2', 45],
		]);
	});
});

describe('journal CSV', () => {
	const entries = [
		entry({ task: 'Budget; séminaire "urgent"', note: 'deux\nlignes', avoided: true }),
		entry({ id: 'e2', family: 'OUT', beneficiary: '' }),
	];

	it('is UTF-8 with a BOM, semicolons and CRLF, and quotes what needs it', () => {
		const csv = entriesToCsv(entries, families);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.split('\r\n')[0]).toBe(
			`${BOM}Date;Tâche;Code;Catégorie;Minutes;Pour qui;Incident évité;Ce qui aurait pu arriver;Identifiant`,
		);
		expect(csv).toContain('"Budget; séminaire ""urgent"""');
		expect(csv).toContain(';oui;"deux\nlignes";e1');
	});

	it('reads back what it wrote', () => {
		const result = entriesFromCsv(entriesToCsv(entries, families), families);
		expect(result).toEqual({ entries, problems: [] });
	});

	it('reads what a French spreadsheet writes back: JJ/MM/AAAA, columns moved, no id', () => {
		const text = 'Minutes;Date;Code;Tâche;Incident évité\r\n45;12/03/2026;ant;Repéré la double réservation;Oui\r\n';
		const result = entriesFromCsv(text, families, () => 'nouveau');
		expect(result.problems).toEqual([]);
		expect(result.entries).toEqual([
			entry({
				id: 'nouveau',
				date: '2026-03-12',
				family: 'ANT',
				minutes: 45,
				task: 'Repéré la double réservation',
				beneficiary: '',
				avoided: true,
			}),
		]);
	});

	it('reports each refused line with its number and keeps the others', () => {
		const text =
			'Date;Tâche;Code;Minutes\n2026-03-10;A;COO;30\n2026-13-40;B;COO;30\n2026-03-11;;COO;30\n2026-03-11;C;COO;beaucoup\n';
		const result = entriesFromCsv(text, families, () => 'id');
		expect(result.entries.map((e) => e.task)).toEqual(['A']);
		expect(result.problems).toEqual([
			'Ligne 3 : date « 2026-13-40 » illisible (attendu : AAAA-MM-JJ ou JJ/MM/AAAA).',
			'Ligne 4 : tâche vide.',
			'Ligne 5 : durée « beaucoup » illisible (attendu : un nombre entier de minutes).',
		]);
	});

	it('refuses a file without the journal’s columns', () => {
		expect(entriesFromCsv('Nom;Prénom\nDupont;Anne\n', families).problems[0]).toMatch(
			/Ligne 1 : colonnes « Date », « Tâche », « Code », « Minutes » introuvables/,
		);
	});

	it('counts lines inside quoted cells', () => {
		expect(parseCsv('a;"b\nc"\nd;e', ';').map((row) => row.line)).toEqual([1, 3]);
	});
});

describe('journal synthesis', () => {
	const period = { start: '2026-03-01', end: '2026-03-14' };
	const entries = [
		entry({ id: '1', minutes: 60, beneficiary: 'Comité' }),
		entry({
			id: '2',
			family: 'ANT',
			minutes: 30,
			beneficiary: 'comité',
			avoided: true,
			note: 'salle prise deux fois',
			date: '2026-03-05',
		}),
		entry({ id: '3', family: 'OUT', minutes: 30, beneficiary: '' }),
		entry({ id: '4', minutes: 500, date: '2026-02-20' }),
	];
	const synthesis = synthesise(entries, period, families);

	it('counts the period only, by family in the template’s order and by beneficiary', () => {
		expect(synthesis.totalMinutes).toBe(120);
		expect(synthesis.byFamily.slice(0, 3).map((s) => [s.key, s.minutes, s.percent])).toEqual([
			['COO', 60, 50],
			['ANT', 30, 25],
			['OUT', 30, 25],
		]);
		expect(synthesis.byFamily).toHaveLength(7);
		expect(synthesis.byBeneficiary.map((s) => [s.label, s.minutes])).toEqual([
			['Comité', 90],
			['Non précisé', 30],
		]);
	});

	it('rounds shares so that they add up to 100', () => {
		const thirds = synthesise(
			[entry({ id: 'a' }), entry({ id: 'b', family: 'ANT' }), entry({ id: 'c', family: 'OUT' })],
			period,
			families,
		);
		expect(thirds.byFamily.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
	});

	it('lists what was avoided and writes the synthesis as Markdown', () => {
		expect(synthesis.avoided.map((e) => e.id)).toEqual(['2']);
		const markdown = synthesisMarkdown(synthesis);
		expect(markdown).toContain(
			`Du 1er${NBSP}mars${NBSP}2026 au 14${NBSP}mars${NBSP}2026${NBSP}: 3 tâches notées, 2${NBSP}h au total.`,
		);
		expect(markdown).toContain(`| Coordination | 1${NBSP}h | 50${NNBSP}% | 1 |`);
		expect(markdown).toContain(
			`- 5${NBSP}mars${NBSP}2026${NBSP}: Relancé trois services. Sans cela${NBSP}: salle prise deux fois`,
		);
	});

	it.each([
		[15, `15${NBSP}min`],
		[60, `1${NBSP}h`],
		[95, `1${NBSP}h${NBSP}35`],
	])('writes %i minutes as %s', (minutes, text) => {
		expect(formatMinutes(minutes)).toBe(text);
	});
});
