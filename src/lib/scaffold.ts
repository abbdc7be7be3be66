/**
 * What `npm run new -- <kind> <slug>` writes: a file that has every field, each holding the
 * placeholder that the schemas refuse, so that the build fails until a person has written it.
 * Pure: scripts/new.ts does the reading and writing of files.
 */
import { PLACEHOLDER, SLUG_PATTERN, TOPICS } from '../schemas/shared.ts';
import { OVERLAY, UPSTREAM } from './overlay/layout.ts';

export const SCAFFOLD_KINDS = ['guide', 'checklist', 'template'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** A mistake in the command itself, worded for the contributor who typed it. */
export class ScaffoldError extends Error {
	override name = 'ScaffoldError';
}

export function isScaffoldKind(kind: string): kind is ScaffoldKind {
	return (SCAFFOLD_KINDS as readonly string[]).includes(kind);
}

/** Whose content the file is: the guide's (upstream), or a company's own, in its `entreprise/` overlay. */
export type ScaffoldOwner = 'upstream' | 'entreprise';

/**
 * The file that `npm run new` creates, relative to the project root. A company's pages go to its
 * overlay (published under `/interne/`), never into upstream's folders, so that updates merge.
 */
export function scaffoldPath(kind: ScaffoldKind, slug: string, owner: ScaffoldOwner = 'upstream'): string {
	if (!SLUG_PATTERN.test(slug)) {
		throw new ScaffoldError(
			`« ${slug} » ne peut pas servir de nom de fichier : écrivez-le en minuscules sans accents, mots séparés par des tirets (ex. : preparer-le-point).`,
		);
	}
	const folders = owner === 'entreprise' ? OVERLAY : UPSTREAM;
	switch (kind) {
		case 'guide':
			return owner === 'entreprise' ? `${folders.docs}/${slug}.mdx` : `${folders.docs}/guides/${slug}.mdx`;
		case 'template':
			return owner === 'entreprise' ? `${folders.docs}/${slug}.mdx` : `${folders.docs}/modeles/${slug}.mdx`;
		case 'checklist':
			return `${folders.checklists}/${slug}.yaml`;
	}
}

/** The address of the page a scaffolded file becomes, or undefined for a checklist. */
export function scaffoldUrl(kind: ScaffoldKind, slug: string, owner: ScaffoldOwner = 'upstream'): string | undefined {
	if (kind === 'checklist') return undefined;
	if (owner === 'entreprise') return `/interne/${slug}/`;
	return kind === 'guide' ? `/guides/${slug}/` : `/modeles/${slug}/`;
}

/** A YAML string holding the placeholder and what to write instead. */
const todo = (what: string) => `"${PLACEHOLDER} : ${what}"`;

/**
 * The front matter of a new page. A company's page is one of its own (« Chez … » in the sidebar):
 * it has no type, theme or sources of the guide's, and counts as none of its guides.
 */
const PAGE_FIELDS = (type: 'guide' | 'template', owner: ScaffoldOwner) => [
	'---',
	`title: ${todo(type === 'template' ? 'le nom du modèle' : owner === 'upstream' ? 'le titre du guide, en une phrase courte' : 'le titre de la page, en une phrase courte')}`,
	`description: ${todo('une phrase qui dit ce que l’on trouve sur la page')}`,
	...(owner === 'upstream' ? [`type: ${type}`] : []),
	`audiences: [${todo('assistant, dirigeant ou entreprise, séparés par des virgules hors des guillemets')}]`,
	...(owner === 'upstream' ? [`topic: ${todo(`un thème parmi ${TOPICS.join(', ')}`)}`] : []),
	`checklists: [${todo(`identifiant d’une checklist de ${owner === 'upstream' ? UPSTREAM.checklists : OVERLAY.checklists}/, ou supprimez cette ligne`)}]`,
	...(owner === 'upstream' ? [`sources: [${todo('identifiant d’une source de content/sources/')}]`] : []),
	`reviewed: ${todo('date de relecture, AAAA-MM-JJ')}`,
	'---',
];

export function scaffoldText(kind: ScaffoldKind, slug: string, owner: ScaffoldOwner = 'upstream'): string {
	switch (kind) {
		case 'guide':
			return [
				...PAGE_FIELDS('guide', owner),
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
				...PAGE_FIELDS('template', owner),
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
				`guide: ${todo(`la page qui l’intègre, ex. ${owner === 'upstream' ? 'guides/posture-partenaire' : 'interne/nos-deplacements'}`)}`,
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

/** The overlay folder a path sits in (`entreprise/`). */
const OVERLAY_DIR_OF = (path: string) => `${path.split('/')[0]}/`;

/** What to do once the file exists, in the order a contributor does it. */
export function nextSteps(kind: ScaffoldKind, slug: string, path: string, owner: ScaffoldOwner = 'upstream'): string {
	const url = scaffoldUrl(kind, slug, owner);
	const steps = [
		`Ouvrez ${path} et remplacez chaque « ${PLACEHOLDER} » : la construction du site les refuse tant qu’il en reste.`,
		...(kind === 'checklist'
			? [
					`Citez « ${slug} » dans le champ checklists de la page qui l’intègre, et placez-la dans le texte avec <Checklist id="${slug}" />.`,
				]
			: []),
		'Vérifiez l’écriture : npm run lint:content (npm run fix:content corrige ce qui est mécanique).',
		`Relisez le résultat : npm start, puis http://127.0.0.1:4321${url ?? '/checklists/'}`,
		owner === 'entreprise'
			? `Enregistrez-la dans la branche de votre entreprise : git add ${OVERLAY_DIR_OF(path)} puis git commit (voir /heberger/).`
			: 'Proposez votre modification par une pull request : dites quoi, pourquoi, et vos sources.',
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
