/**
 * The writing rules, case by case: each `tests/content-lint/<rule>/<case>` file breaks its rule
 * at the places listed here, with these messages; its `.fixed` twin passes, and for a rule that
 * `npm run fix:content` repairs, the fix writes exactly that twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixSource, formatReport, lint, readSource, RULES } from '../../src/lib/content-lint/index.ts';
import { knownComponents } from '../../src/lib/content-lint/components.ts';

const CASES = join(import.meta.dirname, '../content-lint');

/** Where a case file sits in a project: checklists have their own folder, pages theirs. */
function projectPath(name: string): string {
	return name.endsWith('.yaml') ? `content/checklists/${name}` : `content/docs/${name}`;
}

function lintCase(rule: string, name: string) {
	const read = (file: string, path = projectPath(file)) => readSource(path, readFileSync(join(CASES, rule, file), 'utf8'));
	const other = name.replace(/\.(mdx|yaml)$/, '.autre.$1');
	// `<case>.autre.md` is the same page written in Markdown: the same address as the case.
	const markdownTwin = name.replace(/\.mdx$/, '.autre.md');
	const file = read(name);
	// The other page comes first: a duplicate is reported on the page that repeats the title.
	const others = [
		...(existsSync(join(CASES, rule, other)) ? [read(other)] : []),
		...(name !== markdownTwin && existsSync(join(CASES, rule, markdownTwin))
			? [read(markdownTwin, projectPath(name).replace(/\.mdx$/, '.md'))]
			: []),
	];
	return lint([...others, file]).filter((report) => report.file === file.path);
}

const EXPECTED: [rule: string, name: string, reports: [where: string, message: string][]][] = [
	// lines a Git merge left behind: one report, at the first marker
	['conflit-git', 'fusion.mdx', [['5:1', 'marques de conflit git : la fusion de deux versions n’a pas été terminée.']]],
	// a tab in a front matter: one report, at the tab, however many errors follow from it
	[
		'yaml-malforme',
		'tabulation.mdx',
		[['4:1', 'en-tête : une tabulation sert d’indentation : YAML n’accepte que des espaces. Remplacez-la par deux espaces.']],
	],
	// an item's field one space too far
	[
		'yaml-malforme',
		'indentation.mdx',
		[
			[
				'5:4',
				'en-tête : un champ est mal aligné : les champs d’un même niveau commencent à la même colonne, ceux d’une liste sous leur tiret (deux espaces de plus que le champ parent).',
			],
		],
	],
	// a value holding « : » without quotes
	[
		'yaml-malforme',
		'deux-points.mdx',
		[
			[
				'2:8',
				'en-tête : une valeur contient « : » ou commence par un caractère spécial : entourez-la de guillemets droits, ex. : title: "Bilan : la suite".',
			],
		],
	],
	// <KeyIdea> never closed: reported where it opens, never a crash
	[
		'mdx-invalide',
		'balise-non-fermee.mdx',
		[
			[
				'6:1',
				'la balise <KeyIdea> ouverte ici n’est jamais fermée : ajoutez </KeyIdea> après son contenu, ou écrivez <KeyIdea /> si elle n’en a pas.',
			],
		],
	],
	// a lone brace in prose
	[
		'mdx-invalide',
		'accolade-seule.mdx',
		[
			[
				'5:11',
				'une accolade « { » ouvre une expression qui n’est jamais fermée. Dans le texte, une accolade s’écrit \\{ (voir la page accolade-dans-le-texte).',
			],
		],
	],
	// doublon.md beside doublon.mdx: one address, two files
	[
		'page-en-double',
		'doublon.mdx',
		[
			[
				'1:1',
				'le fichier content/docs/doublon.md donne déjà l’adresse /doublon/ : deux fichiers pour une même page, l’un des deux disparaîtrait du site.',
			],
		],
	],
	// « audience » for « audiences »: refused, with the field it was meant to be
	[
		'valeur-invalide',
		'champ-mal-nomme.mdx',
		[
			[
				'3:1',
				'champ « audience » inconnu (vouliez-vous dire « audiences » ?) : le site refuse un champ qu’il ne connaît pas plutôt que de l’ignorer.',
			],
		],
	],
	// a day written JJ/MM/AAAA
	[
		'valeur-invalide',
		'date-jour-mois.mdx',
		[
			[
				'3:1',
				'champ « reviewed » : « 03/12/2026 » n’est pas une date au format AAAA-MM-JJ (année, mois, jour : 3 décembre 2026 s’écrit 2026-12-03).',
			],
		],
	],
	// a day the calendar does not have
	[
		'valeur-invalide',
		'date-impossible.mdx',
		[
			[
				'3:1',
				'champ « reviewed » : le 2026-02-30 n’existe pas dans le calendrier. Date attendue au format AAAA-MM-JJ (ex. : 2026-11-23).',
			],
		],
	],
	// an audience outside the three: its position counts from 1
	[
		'valeur-invalide',
		'public-inconnu.mdx',
		[['3:24', 'champ « 2e élément de audiences » : public inconnu. Valeurs possibles : assistant, dirigeant, entreprise.']],
	],
	// a checklist and a source that have no file
	[
		'valeur-invalide',
		'references.mdx',
		[
			[
				'3:14',
				'champ « 1er élément de checklists » : aucune checklist « checklist-fantome » : le fichier content/checklists/checklist-fantome.* n’existe pas. Vérifiez l’orthographe de l’identifiant.',
			],
			[
				'4:11',
				'champ « 1er élément de sources » : aucune source « source-fantome » : le fichier content/sources/source-fantome.* n’existe pas. Vérifiez l’orthographe de l’identifiant.',
			],
		],
	],
	// the placeholder of npm run new, left in a field
	[
		'valeur-invalide',
		'a-remplir.mdx',
		[['2:1', 'champ « title » : le texte « À REMPLIR » est encore là : remplacez-le. Écrivez ce texte.']],
	],
	// a misspelt checklist field, named (not « **** »), and an item without id
	[
		'valeur-invalide',
		'elements.yaml',
		[
			[
				'2:1',
				'champ « sumary » inconnu (vouliez-vous dire « summary » ?) : le site refuse un champ qu’il ne connaît pas plutôt que de l’ignorer.',
			],
			[
				'8:5',
				'champ « id du 1er élément de items » : champ obligatoire. Identifiant attendu en minuscules sans accents, mots séparés par des tirets (ex. : relire-agenda).',
			],
		],
	],
	// the same id and the same action twice in a checklist
	[
		'valeur-invalide',
		'doublons.yaml',
		[
			[
				'9:5',
				'champ « id du 2e élément de items » : identifiant d’élément en double : « relire-agenda » est déjà celui de l’élément 1. Chaque élément a un id unique dans sa checklist.',
			],
			[
				'10:5',
				'champ « label du 2e élément de items » : action en double : « Relire l’agenda. » est déjà le texte de l’élément 1. Supprimez l’une des deux, ou précisez ce qui les distingue.',
			],
		],
	],
	// a component the site does not have
	[
		'composant-inconnu',
		'encadre.mdx',
		[
			[
				'5:1',
				// The list is the folder's: a new component joins it without a change here.
				`aucun composant <Encadre> dans le site. Composants disponibles : ${[...knownComponents(join(import.meta.dirname, '../..'))].join(', ')}.`,
			],
		],
	],
	// imports from a relative path and from Starlight: refused; the component is then not imported
	[
		'composant-inconnu',
		'import-relatif.mdx',
		[
			[
				'4:1',
				"« import KeyIdea from '../../components/KeyIdea.astro'; » ne mène pas à un composant du site : seuls ceux de src/components/ s’importent, depuis ~/components/.",
			],
			[
				'5:1',
				"« import { Aside } from '@astrojs/starlight/components'; » ne mène pas à un composant du site : seuls ceux de src/components/ s’importent, depuis ~/components/.",
			],
			['7:1', 'le composant <KeyIdea> est utilisé sans être importé.'],
		],
	],
	// <Checklist> of a checklist that has no file, then of one the front matter does not list
	[
		'composant-inconnu',
		'checklists.mdx',
		[
			[
				'7:1',
				'<Checklist id="posture-routine-hebdomadair" /> : aucune checklist « posture-routine-hebdomadair », le fichier content/checklists/posture-routine-hebdomadair.yaml n’existe pas.',
			],
			['9:1', 'la page intègre <Checklist id="posture-avant-une-proposition" /> sans la citer dans son champ checklists.'],
		],
	],
	// the planted page of issue 21: a script, an event handler, a frame from another host
	[
		'code-interdit',
		'page-piegee.mdx',
		[
			['5:1', 'balise <script> : une page ne peut pas apporter de code ni charger un autre document.'],
			['6:1', 'attribut onerror de <img> : un gestionnaire d’événement est du code.'],
			['7:1', 'balise <iframe> : une page ne peut pas apporter de code ni charger un autre document.'],
		],
	],
	// a javascript: link, an image from another host, a data: image
	[
		'code-interdit',
		'adresses.mdx',
		[
			['5:11', 'l’adresse « javascript:ouvrir() » : une adresse javascript: ou data: exécute ou cache du contenu.'],
			['7:1', 'l’image https://images.example.com/reunion.jpg vient d’un autre site : le site n’appelle aucun autre serveur.'],
			['9:1', 'l’adresse « data:image/png;base64,AAAA » : une adresse javascript: ou data: exécute ou cache du contenu.'],
		],
	],
	// a script in the prose of a checklist
	[
		'code-interdit',
		'checklist.yaml',
		[
			[
				'9:11',
				'« <script>alert(1)</script> » : un texte ne contient pas de code (balise, gestionnaire d’événement, javascript:).',
			],
		],
	],
	// an expression in prose; a comment renders nothing and passes
	[
		'accolade-dans-le-texte',
		'expression.mdx',
		[['7:11', '« {1 + 1} » : entre accolades, MDX exécute une expression au lieu d’afficher le texte.']],
	],
	// an image beside the page and one in public/, neither of which exists
	[
		'image-absente',
		'chemin.mdx',
		[
			['5:1', 'l’image ./images/schema.png est introuvable : content/docs/images/schema.png n’existe pas.'],
			['7:1', 'l’image /logo-absent.svg est introuvable : public/logo-absent.svg n’existe pas.'],
		],
	],
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
			['6:2', "apostrophe droite dans « L'assistante prép… »."],
			['6:23', "apostrophe droite dans « …tante prépare l'ordre du jour, … »."],
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
			['5:1', 'l’image /favicon.svg n’a pas de texte alternatif.'],
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
