/**
 * What the content checks tell a contributor beyond the message itself: the catalogue page of
 * each mistake, positions counted from 1, dates that are real days, the field a misspelt one was
 * meant to be, fields derived from the schemas, and a linter that never crashes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldPath } from '../../src/lib/contributor-errors.ts';
import { closest } from '../../src/lib/did-you-mean.ts';
import { readFrontMatter, splitFrontMatter } from '../../src/lib/front-matter.ts';
import { formatReport, lint, readSource } from '../../src/lib/content-lint/index.ts';
import { PAGE_FIELD_ORDER, PROSE_KEYS } from '../../src/lib/content-lint/schema-fields.ts';
import { isCalendarDay } from '../../src/schemas/shared.ts';

const CASES = join(import.meta.dirname, '../content-lint');

function reportsOf(rule: string, name: string) {
	const path = name.endsWith('.yaml') ? `content/checklists/${name}` : `content/docs/${name}`;
	return lint([readSource(path, readFileSync(join(CASES, rule, name), 'utf8'))]);
}

describe('each mistake sends to its catalogue page', () => {
	it.each([
		// a tab and a misaligned field have their own pages, apart from other YAML errors
		['yaml-malforme', 'tabulation.mdx', ['tabulation-yaml']],
		['yaml-malforme', 'indentation.mdx', ['indentation-yaml']],
		['yaml-malforme', 'deux-points.mdx', ['yaml-malforme']],
		// fields: the page follows the kind of problem the schema found
		['valeur-invalide', 'champ-mal-nomme.mdx', ['champ-inconnu']],
		['valeur-invalide', 'date-jour-mois.mdx', ['valeur-invalide']],
		['valeur-invalide', 'public-inconnu.mdx', ['valeur-inconnue']],
		['valeur-invalide', 'references.mdx', ['reference-absente', 'reference-absente']],
		['valeur-invalide', 'a-remplir.mdx', ['texte-a-remplir']],
		['valeur-invalide', 'elements.yaml', ['champ-inconnu', 'champ-manquant']],
		['valeur-invalide', 'doublons.yaml', ['id-en-double', 'valeur-en-double']],
		// components, imports and checklists
		['composant-inconnu', 'import-relatif.mdx', ['import-invalide', 'import-invalide', 'composant-inconnu']],
		['composant-inconnu', 'checklists.mdx', ['checklist-inconnue', 'checklist-non-declaree']],
		// code: scripts and handlers, dangerous addresses, other hosts
		['code-interdit', 'page-piegee.mdx', ['code-interdit', 'code-interdit', 'code-interdit']],
		['code-interdit', 'adresses.mdx', ['lien-dangereux', 'ressource-externe', 'lien-dangereux']],
	])('%s: %s', (rule, name, ids) => {
		const reports = reportsOf(rule, name);
		expect(reports.map((report) => report.id)).toEqual(ids);
		for (const report of reports)
			expect(formatReport(report)).toMatch(
				new RegExp(`^content/\\S+:\\d+:\\d+  ${report.id}  .+ Aide : /contribuer/erreurs/${report.id}/$`),
			);
	});

	it('prints a field error with its file, line, field and page', () => {
		const [report] = reportsOf('valeur-invalide', 'doublons.yaml');
		expect(report && formatReport(report)).toBe(
			'content/checklists/doublons.yaml:9:5  id-en-double  Champ « id du 2e élément de items » : identifiant d’élément en double : « relire-agenda » est déjà celui de l’élément 1. Chaque élément a un id unique dans sa checklist. Correction : voyez les champs possibles et leurs valeurs sur /contribuer/champs/. Aide : /contribuer/erreurs/id-en-double/',
		);
	});
});

describe('positions count from 1', () => {
	it.each([
		[['items', 1, 'id'], 'id du 2e élément de items'],
		[['items', 0, 'label'], 'label du 1er élément de items'],
		[['audiences', 2], '3e élément de audiences'],
		[['sidebar', 'order'], 'sidebar.order'],
		[[4, 'term'], 'term de la 5e entrée du fichier'],
	] as const)('%j → %s', (path, words) => {
		expect(fieldPath(path)).toBe(words);
	});
});

describe('a date is a real day written AAAA-MM-JJ', () => {
	it.each([
		['2026-11-23', true],
		['2024-02-29', true],
		['2026-02-29', false],
		['2026-11-31', false],
		['03/12/2026', false],
		['2026-1-5', false],
		['23 novembre 2026', false],
	])('%s: %s', (value, expected) => {
		expect(isCalendarDay(value)).toBe(expected);
	});

	it('takes a Date from a YAML parser only at midnight UTC', () => {
		expect(isCalendarDay(new Date(Date.UTC(2026, 10, 23)))).toBe(true);
		expect(isCalendarDay(new Date('2026-11-23T10:30:00Z'))).toBe(false);
	});
});

describe('the field a misspelt one was meant to be', () => {
	it.each([
		['audience', ['audiences', 'sources', 'title'], 'audiences'],
		['sumary', ['title', 'summary', 'guide'], 'summary'],
		['Encadre', ['KeyIdea', 'Template', 'Checklist'], undefined],
		['Cheklist', ['KeyIdea', 'Template', 'Checklist'], 'Checklist'],
	])('%s', (name, known, expected) => {
		expect(closest(name, known)).toBe(expected);
	});
});

describe('fields come from the schemas', () => {
	it('knows the prose of search keywords and of a source’s author, which a hand-kept list missed', () => {
		for (const key of ['title', 'description', 'summary', 'label', 'help', 'keywords', 'author', 'definition'])
			expect(PROSE_KEYS).toContain(key);
		for (const key of ['id', 'guide', 'audiences', 'topic', 'reviewed', 'version']) expect(PROSE_KEYS).not.toContain(key);
	});

	it('orders a page’s fields as the schema declares them, ours first', () => {
		expect(PAGE_FIELD_ORDER.slice(0, 9)).toEqual([
			'title',
			'description',
			'type',
			'audiences',
			'topic',
			'checklists',
			'sources',
			'reviewed',
			'keywords',
		]);
		const text = '---\ntitle: Une page d’essai\nkeywords: [directeur]\nreviewed: 2026-11-23\n---\n\nLe texte.\n';
		expect(lint([readSource('content/docs/essai.mdx', text)]).map((report) => report.id)).toEqual(['ordre-des-champs']);
	});
});

describe('one front matter reader', () => {
	it.each([
		['---\ntitle: A\n---\nCorps\n', { title: 'A' }, 'Corps\n'],
		['---\r\ntitle: A\r\n---\r\nCorps', { title: 'A' }, 'Corps'],
		['---\n---\nCorps', {}, 'Corps'],
		['Pas d’en-tête\n---\n', {}, undefined],
		['---\ntitle: [A\n---\n', {}, ''],
	])('%j', (text, fields, body) => {
		expect(readFrontMatter(text)).toEqual(fields);
		expect(splitFrontMatter(text)?.body).toBe(body);
	});
});

describe('the linter never crashes', () => {
	it.each([
		'<KeyIdea>\n',
		'{',
		'}{',
		'---\ntitle: [\n---\n<',
		'---\n\ttitle: x\n---\n',
		'<<<<<<< HEAD\n---\n',
		'import\nexport const x = 1;\n\n<X {...y} />',
		'![](javascript:alert(1))',
	])('%j', (text) => {
		const reports = lint([readSource('content/docs/essai.mdx', text)]);
		expect(reports.length).toBeGreaterThan(0);
		for (const report of reports) expect(report.line).toBeGreaterThan(0);
	});
});
