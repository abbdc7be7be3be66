/**
 * What `npm run new -- <kind> <slug>` writes: a file that has every field, each holding the
 * placeholder that the schemas refuse, so that the build fails until a person has written it.
 * Pure: scripts/new.ts does the reading and writing of files.
 */
import { PLACEHOLDER, SLUG_PATTERN, TOPICS } from '../schemas/shared.ts';

export const SCAFFOLD_KINDS = ['guide', 'checklist', 'template'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** A mistake in the command itself, worded for the contributor who typed it. */
export class ScaffoldError extends Error {
	override name = 'ScaffoldError';
}

export function isScaffoldKind(kind: string): kind is ScaffoldKind {
	return (SCAFFOLD_KINDS as readonly string[]).includes(kind);
}

/** The file that `npm run new` creates, relative to the project root. */
export function scaffoldPath(kind: ScaffoldKind, slug: string): string {
	if (!SLUG_PATTERN.test(slug)) {
		throw new ScaffoldError(
			`« ${slug} » ne peut pas servir de nom de fichier : écrivez-le en minuscules sans accents, mots séparés par des tirets (ex. : preparer-le-point).`,
		);
	}
	switch (kind) {
		case 'guide':
			return `content/docs/guides/${slug}.mdx`;
		case 'template':
			return `content/docs/modeles/${slug}.mdx`;
		case 'checklist':
			return `content/checklists/${slug}.yaml`;
	}
}

/** A YAML string holding the placeholder and what to write instead. */
const todo = (what: string) => `"${PLACEHOLDER} : ${what}"`;

const PAGE_FIELDS = (type: 'guide' | 'template') => [
	'---',
	`title: ${todo(type === 'guide' ? 'le titre du guide, en une phrase courte' : 'le nom du modèle')}`,
	`description: ${todo('une phrase qui dit ce que l’on trouve sur la page')}`,
	`type: ${type}`,
	`audiences: [${todo('assistant, dirigeant ou entreprise, séparés par des virgules hors des guillemets')}]`,
	`topic: ${todo(`un thème parmi ${TOPICS.join(', ')}`)}`,
	`checklists: [${todo('identifiant d’une checklist de content/checklists/, ou supprimez cette ligne')}]`,
	`sources: [${todo('identifiant d’une source de content/sources/')}]`,
	`reviewed: ${todo('date de relecture, AAAA-MM-JJ')}`,
	'---',
];

export function scaffoldText(kind: ScaffoldKind, slug: string): string {
	switch (kind) {
		case 'guide':
			return [
				...PAGE_FIELDS('guide'),
				"import KeyIdea from '~/components/KeyIdea.astro';",
				'',
				'<KeyIdea>',
				`${PLACEHOLDER} : l’idée clé du guide, en deux ou trois phrases.`,
				'</KeyIdea>',
				'',
				`## ${PLACEHOLDER} : le titre de la première section`,
				'',
				`${PLACEHOLDER} : votre texte. Citez vos sources avec vos propres mots.`,
				'',
			].join('\n');
		case 'template':
			return [
				...PAGE_FIELDS('template'),
				"import Template from '~/components/Template.astro';",
				'',
				`${PLACEHOLDER} : à quoi sert ce modèle et quand l’utiliser.`,
				'',
				'## Comment l’utiliser',
				'',
				`1. ${PLACEHOLDER} : la première étape.`,
				'',
				`<Template title="${PLACEHOLDER} : le nom du modèle">`,
				'',
				`${PLACEHOLDER} : le texte à copier, avec des [champs entre crochets] à compléter.`,
				'',
				'</Template>',
				'',
			].join('\n');
		case 'checklist':
			return [
				`# Checklist « ${slug} » : le nom du fichier est son identifiant. Remplacez chaque ${PLACEHOLDER}.`,
				`title: ${todo('le titre de la checklist')}`,
				`summary: ${todo('quand et pourquoi l’utiliser, en une ou deux phrases')}`,
				`guide: ${todo('la page qui l’intègre, ex. guides/posture-partenaire')}`,
				`audiences: [${todo('assistant, dirigeant ou entreprise')}]`,
				'# Augmentez la version quand une action change de sens : les anciennes coches ne s’appliqueront plus.',
				'version: 1',
				'items:',
				`  - id: ${todo('identifiant-de-l-action')}`,
				`    label: ${todo('une action qui commence par un verbe à l’infinitif')}`,
				`    help: ${todo('une aide courte, ou supprimez cette ligne')}`,
				'',
			].join('\n');
	}
}

/** What to do once the file exists, in the order a contributor does it. */
export function nextSteps(kind: ScaffoldKind, slug: string, path: string): string {
	const url = kind === 'guide' ? `/guides/${slug}/` : kind === 'template' ? `/modeles/${slug}/` : undefined;
	const steps = [
		`Ouvrez ${path} et remplacez chaque « ${PLACEHOLDER} » : la construction du site les refuse tant qu’il en reste.`,
		...(kind === 'checklist'
			? [
					`Citez « ${slug} » dans le champ checklists de la page qui l’intègre, et placez-la dans le texte avec <Checklist id="${slug}" />.`,
				]
			: []),
		'Vérifiez l’écriture : npm run lint:content (npm run fix:content corrige ce qui est mécanique).',
		`Relisez le résultat : npm start, puis http://127.0.0.1:4321${url ?? '/checklists/'}`,
		'Proposez votre modification par une pull request : dites quoi, pourquoi, et vos sources.',
	];
	return [
		`Fichier créé : ${path}`,
		'',
		'Et maintenant :',
		...steps.map((step, index) => `  ${index + 1}. ${step}`),
		'',
		'Aide : /contribuer/ (comment contribuer) et /contribuer/champs/ (tous les champs).',
	].join('\n');
}
