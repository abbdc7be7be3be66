/**
 * The journal as CSV for French spreadsheet software: UTF-8 with a byte order mark (without it,
 * Excel reads accents as Windows-1252), semicolons (the comma is the decimal separator), CRLF
 * line ends and RFC 4180 quoting. Reading accepts what a spreadsheet writes back: columns in any
 * order, dates as JJ/MM/AAAA, « oui »/« non », a comma as separator, and reports each refused
 * line with its number.
 *
 * Hand-written rather than a CSV library: these forty lines cover the format, and the journal's
 * script stays small on a phone.
 */
import { isDay, isMinutes, newEntryId, type Entry } from './entries.ts';
import type { Family } from './families.ts';

export const BOM = '\uFEFF';

/** The columns, in export order; import finds them by name. */
export const COLUMNS = {
	date: 'Date',
	task: 'Tâche',
	family: 'Code',
	label: 'Catégorie',
	minutes: 'Minutes',
	beneficiary: 'Pour qui',
	avoided: 'Incident évité',
	note: 'Ce qui aurait pu arriver',
	id: 'Identifiant',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['date', 'task', 'family', 'minutes'];

function quote(value: string, separator: string): string {
	return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function entriesToCsv(entries: readonly Entry[], families: readonly Family[]): string {
	const labels = new Map(families.map((family) => [family.code, family.label]));
	const rows = entries.map((entry) => ({
		date: entry.date,
		task: entry.task,
		family: entry.family,
		label: labels.get(entry.family) ?? '',
		minutes: String(entry.minutes),
		beneficiary: entry.beneficiary,
		avoided: entry.avoided ? 'oui' : 'non',
		note: entry.note,
		id: entry.id,
	}));
	const columns = Object.keys(COLUMNS) as Column[];
	const lines = [columns.map((column) => COLUMNS[column]), ...rows.map((row) => columns.map((column) => row[column]))];
	return BOM + lines.map((cells) => cells.map((cell) => quote(cell, ';')).join(';')).join('\r\n') + '\r\n';
}

/** Rows of cells, with the 1-based line each row starts on. */
export function parseCsv(text: string, separator: string): { cells: string[]; line: number }[] {
	const rows: { cells: string[]; line: number }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') quoted = false;
			else {
				if (char === '\n') line++;
				cell += char;
			}
		} else if (char === '"' && cell === '') quoted = true;
		else if (char === separator) {
			cells.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			cells.push(cell);
			if (cells.some((value) => value.trim() !== '')) rows.push({ cells, line: rowLine });
			cells = [];
			cell = '';
			line++;
			rowLine = line;
		} else cell += char;
	}
	cells.push(cell);
	if (cells.some((value) => value.trim() !== '')) rows.push({ cells, line: rowLine });
	return rows;
}

const simplify = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');

function readDay(value: string): string | null {
	const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
	const day = french ? `${french[3]}-${french[2]?.padStart(2, '0')}-${french[1]?.padStart(2, '0')}` : value;
	return isDay(day) ? day : null;
}

export interface CsvImport {
	entries: Entry[];
	/** One French sentence per refused line, starting with its number. */
	problems: string[];
}

export function entriesFromCsv(text: string, families: readonly Family[], makeId = () => newEntryId()): CsvImport {
	const body = text.replace(/^\uFEFF/, '');
	const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
	const separator = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
	const [header, ...rows] = parseCsv(body, separator);
	const names = (header?.cells ?? []).map(simplify);
	const index = Object.fromEntries(
		(Object.keys(COLUMNS) as Column[]).map((column) => [column, names.indexOf(simplify(COLUMNS[column]))]),
	) as Record<Column, number>;
	const missing = REQUIRED.filter((column) => index[column] === -1);
	if (missing.length > 0) {
		const list = missing.map((column) => `« ${COLUMNS[column]} »`).join(', ');
		return { entries: [], problems: [`Ligne 1 : colonnes ${list} introuvables. Importez un fichier exporté par ce journal.`] };
	}
	const byLabel = new Map(families.map((family) => [simplify(family.label), family.code]));
	const entries: Entry[] = [];
	const problems: string[] = [];
	for (const { cells, line } of rows) {
		const get = (column: Column) => (index[column] === -1 ? '' : (cells[index[column]] ?? '').trim());
		const date = readDay(get('date'));
		const minutes = Number(get('minutes').replace(',', '.'));
		const code = get('family').toUpperCase() || byLabel.get(simplify(get('label'))) || '';
		const problem = !date
			? `date « ${get('date')} » illisible (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)`
			: !get('task')
				? 'tâche vide'
				: !code
					? 'code de catégorie vide'
					: !isMinutes(minutes)
						? `durée « ${get('minutes')} » illisible (attendu : un nombre entier de minutes)`
						: null;
		if (problem || !date) {
			problems.push(`Ligne ${line} : ${problem}.`);
			continue;
		}
		entries.push({
			id: get('id') || makeId(),
			date,
			task: get('task'),
			family: code,
			minutes,
			beneficiary: get('beneficiary'),
			avoided: /^(oui|o|1|vrai|x|yes)$/i.test(get('avoided')),
			note: get('note'),
		});
	}
	return { entries, problems };
}
