/**
 * The writing rules, case by case: each `tests/content-lint/<rule>/<case>` file breaks its rule
 * at the places listed here, with these messages; its `.fixed` twin passes, and for a rule that
 * `npm run fix:content` repairs, the fix writes exactly that twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixSource, formatReport, lint, readSource, RULES } from '../../src/lib/content-lint/index.ts';

const CASES = join(import.meta.dirname, '../content-lint');

/** Where a case file sits in a project: checklists have their own folder, pages theirs. */
function projectPath(name: string): string {
	return name.endsWith('.yaml') ? `content/checklists/${name}` : `content/docs/${name}`;
}

function lintCase(rule: string, name: string) {
	const read = (file: string) => readSource(projectPath(file), readFileSync(join(CASES, rule, file), 'utf8'));
	const other = name.replace(/\.(mdx|yaml)$/, '.autre.$1');
	const file = read(name);
	// The other page comes first: a duplicate is reported on the page that repeats the title.
	const files = [...(existsSync(join(CASES, rule, other)) ? [read(other)] : []), file];
	return lint(files).filter((report) => report.file === file.path);
}

const EXPECTED: [rule: string, name: string, reports: [where: string, message: string][]][] = [
	// a colon, a question mark and an exclamation mark glued to their word
	[
		'espace-ponctuation',
		'deux-points.mdx',
		[
			['5:13', 'il manque une espace avant « : » dans « Une question: qui décide? Pe… ».'],
			['5:25', 'il manque une espace avant « ? » dans « …ion: qui décide? Personne! ».'],
			['5:35', 'il manque une espace avant « ! » dans « …écide? Personne! ».'],
		],
	],
	// a colon right after bold text; code and times stay as typed
	['espace-ponctuation', 'apres-du-gras.mdx', [['5:9', 'il manque une espace avant « : » dans « : le code  ».']]],
	// a pair of straight quotes (one mistake, one report), and guillemets with no inner space
	[
		'guillemets',
		'droits.mdx',
		[
			['5:15', 'guillemets « " " » au lieu de « » dans « Elle parle de "recul à 360°" et de «posture… ».'],
			['5:36', 'il manque une espace à l’intérieur des guillemets dans « … à 360°" et de «posture». ».'],
			['5:44', 'il manque une espace à l’intérieur des guillemets dans « … et de «posture». ».'],
		],
	],
	// English quotes in a title of the front matter
	['guillemets', 'anglais-dans-le-titre.mdx', [['2:11', 'guillemets « “ ” » au lieu de « » dans « Le “bon” moment ».']]],
	// straight apostrophes in prose; code and JSX attributes stay as typed
	[
		'apostrophe-droite',
		'texte.mdx',
		[
			['5:2', "apostrophe droite dans « L'assistante prép… »."],
			['5:23', "apostrophe droite dans « …tante prépare l'ordre du jour, … »."],
		],
	],
	// straight apostrophes in the prose fields of a checklist
	[
		'apostrophe-droite',
		'checklist.yaml',
		[
			['2:16', "apostrophe droite dans « Pour l'essai. »."],
			['8:20', "apostrophe droite dans « Relire l'agenda. »."],
		],
	],
	// a page with no front matter
	[
		'en-tete-absent',
		'sans-en-tete.mdx',
		[['1:1', 'la page ne commence pas par un en-tête (front matter) entre deux lignes « --- ».']],
	],
	// fields out of order, a comment travelling with its field
	[
		'ordre-des-champs',
		'desordre.mdx',
		[['2:1', 'champs dans le désordre : title, type, audiences, reviewed, sidebar est l’ordre attendu.']],
	],
	// a front matter without title
	['titre-absent', 'sans-titre.mdx', [['2:1', 'la page n’a pas de titre (champ title).']]],
	// two pages with the same title: the second names the first
	[
		'titre-en-double',
		'meme-titre.mdx',
		[['2:1', 'le titre « Une page d’essai » est déjà celui de content/docs/meme-titre.autre.mdx.']],
	],
	// a `#` heading in the body
	['titre-niveau-1', 'diese.mdx', [['5:1', 'titre de niveau 1 « Deux manières d’exercer le métier » dans le texte.']]],
	// `####` right under `##`
	[
		'niveau-de-titre-saute',
		'quatre-apres-deux.mdx',
		[['7:1', 'le titre « Le vendredi » est de niveau 4 juste après un niveau 2.']],
	],
	// an image with empty brackets, an <img> with no alt
	[
		'image-sans-alternative',
		'markdown-et-jsx.mdx',
		[
			['5:1', 'l’image /images/reseau.png n’a pas de texte alternatif.'],
			['7:1', 'la balise <img> n’a pas d’attribut alt.'],
		],
	],
	// « cliquez ici »; a bare address is not a link text
	[
		'texte-de-lien-vague',
		'cliquez-ici.mdx',
		[['5:17', 'le texte de lien « cliquez ici » ne dit pas où il mène (/guides/charge-invisible/).']],
	],
	// a median point and gendered parentheses; other parentheses are fine
	[
		'point-median',
		'median-et-parentheses.mdx',
		[
			['5:13', 'écriture inclusive abrégée dans « Les assistant·es et les dirige… ».'],
			['5:33', 'écriture inclusive abrégée dans « …et les dirigeant(e)s s’accordent s… ».'],
		],
	],
	// a placeholder left in the body; the one in a code block is an example
	['texte-a-remplir', 'corps.mdx', [['5:1', 'texte à remplacer : « À REMPLIR : votre texte. ».']]],
	// an item that names a thing instead of an action; pronominal and negative verbs pass
	[
		'element-sans-verbe',
		'nominal.yaml',
		[['8:12', '« L’agenda de la semaine suivante. » ne commence pas par un verbe à l’infinitif.']],
	],
];

describe('content rules', () => {
	it.each(EXPECTED)('%s: %s is reported where it breaks', (rule, name, reports) => {
		const found = lintCase(rule, name);
		expect(found.map((report) => [`${report.line}:${report.column}`, report.message])).toEqual(reports);
		expect(new Set(found.map((report) => report.rule.id))).toEqual(new Set([rule]));
	});

	it.each(EXPECTED)('%s: %s has a fixed twin that passes every rule', (rule, name) => {
		expect(lintCase(rule, name.replace(/\.(mdx|yaml)$/, '.fixed.$1'))).toEqual([]);
	});

	it.each(EXPECTED)('%s: fix:content turns %s into its twin, or leaves it alone', (rule, name) => {
		const text = readFileSync(join(CASES, rule, name), 'utf8');
		const fixed = readFileSync(join(CASES, rule, name.replace(/\.(mdx|yaml)$/, '.fixed.$1')), 'utf8');
		const fixable = RULES.find((candidate) => candidate.id === rule)?.fixable;
		expect(fixSource(projectPath(name), text)).toBe(fixable ? fixed : text);
	});

	it('has a case for every rule, and a rule for every case folder', () => {
		const folders = readdirSync(CASES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
		expect(new Set(folders.map((entry) => entry.name))).toEqual(new Set(RULES.map((rule) => rule.id)));
		expect(new Set(EXPECTED.map(([rule]) => rule))).toEqual(new Set(RULES.map((rule) => rule.id)));
	});

	it('prints file, line, rule, message, fix and catalogue page on one line', () => {
		const [report] = lintCase('titre-niveau-1', 'diese.mdx');
		expect(report && formatReport(report)).toBe(
			'content/docs/diese.mdx:5:1  titre-niveau-1  Titre de niveau 1 « Deux manières d’exercer le métier » dans le texte. Correction : écrivez ce titre avec « ## » : le champ title est déjà le titre de niveau 1 de la page. Aide : /contribuer/erreurs/titre-niveau-1/',
		);
	});

	it('passes on the real content of the site', () => {
		const root = join(import.meta.dirname, '../..');
		const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
			.filter((name) => /\.(mdx|ya?ml)$/.test(name) && name !== 'site.yaml')
			.map((name) => readSource(`content/${name}`, readFileSync(join(root, 'content', name), 'utf8')));
		expect(lint(files).map(formatReport)).toEqual([]);
	});
});
