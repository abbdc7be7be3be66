/**
 * Errors that a contributor can cause, worded for them: which file, which field, what is expected,
 * and the page of the error catalogue that explains the fix.
 */

/**
 * Every error a contributor can meet, by the build or by `npm run lint:content`, has a page
 * `content/docs/contribuer/erreurs/<slug>.mdx`. This list is the single source of the slugs: a test
 * checks that each has its page, that each page has its slug, and that the code prints each one.
 */
export const ERROR_SLUGS = {
	// Front matter and YAML fields, checked by the schemas of src/schemas/.
	'champ-manquant': 'Un champ obligatoire manque',
	'champ-inconnu': 'Un champ ne fait pas partie du modèle',
	'valeur-inconnue': 'Une valeur ne fait pas partie des valeurs possibles',
	'valeur-invalide': 'Une valeur n’a pas la forme attendue',
	'valeur-en-double': 'Une même valeur est citée deux fois',
	'reference-absente': 'Une page, une checklist ou une source citée n’existe pas',
	'id-en-double': 'Deux éléments d’une checklist ont le même identifiant',
	'texte-a-remplir': 'Un texte à remplir n’a pas été remplacé',
	'site-invalide': 'Une valeur de content/site.yaml est invalide',
	'yaml-malforme': 'Un fichier YAML ne peut pas être lu',
	'conflit-git': 'Une fusion git n’est pas terminée',
	'id-deja-pris': 'Une checklist de l’entreprise reprend l’identifiant d’une checklist du guide',
	'indentation-yaml': 'Un champ est mal aligné dans l’en-tête ou le YAML',
	'tabulation-yaml': 'Une tabulation dans l’en-tête ou le YAML',
	'page-en-double': 'Deux fichiers donnent la même adresse',
	// MDX syntax, components, images and code, checked by `npm run lint:content` and at build start.
	'mdx-invalide': 'La syntaxe MDX de la page est invalide',
	'composant-inconnu': 'Un composant est inconnu ou n’est pas importé',
	'import-invalide': 'Une ligne import ne mène pas à un composant du site',
	'image-absente': 'Une image citée n’existe pas',
	'code-interdit': 'Une page contient du code (script, style, cadre, formulaire)',
	'lien-dangereux': 'Une adresse javascript ou data dans un lien',
	'ressource-externe': 'Une image ou un média vient d’un autre site',
	'accolade-dans-le-texte': 'Une accolade { } dans le texte',
	// The built pages, checked after the build (src/integrations/security-headers.ts).
	'script-non-autorise': 'Une page construite contient un script que le code du site n’a pas écrit',
	// MDX components and links, checked while pages render.
	'checklist-inconnue': 'Une checklist citée n’existe pas',
	'checklist-non-declaree': 'Une checklist intégrée manque au champ checklists de la page',
	'composant-invalide': 'Un composant MDX a reçu une valeur invalide',
	'lien-casse': 'Un lien mène à une page qui n’existe pas',
	'lien-vers-page-masquee': 'Un lien mène à une page masquée par hiddenPages',
	'construction-non-imprimable': 'Le livre blanc ne sait pas imprimer une construction de la page',
	// Writing rules, checked by `npm run lint:content` (one rule per file in src/lib/content-lint/rules/).
	'espace-ponctuation': 'Il manque une espace avant : ; ! ou ?',
	guillemets: 'Des guillemets droits ou anglais au lieu de « »',
	'apostrophe-droite': 'Une apostrophe droite au lieu de l’apostrophe typographique',
	'en-tete-absent': 'La page n’a pas d’en-tête (front matter)',
	'ordre-des-champs': 'Les champs de l’en-tête ne sont pas dans l’ordre habituel',
	'titre-absent': 'La page n’a pas de titre',
	'titre-en-double': 'Deux pages portent le même titre',
	'titre-niveau-1': 'Un titre de niveau 1 dans le texte de la page',
	'niveau-de-titre-saute': 'Un niveau de titre est sauté',
	'image-sans-alternative': 'Une image n’a pas de texte alternatif',
	'texte-de-lien-vague': 'Le texte d’un lien ne dit pas où il mène',
	'point-median': 'Une écriture inclusive abrégée (point médian ou parenthèses)',
	'element-sans-verbe': 'Un élément de checklist ne commence pas par un verbe',
	// Site structure, checked when the sidebar is built (src/config/sidebar.ts).
	'dossier-sans-sommaire': 'Un dossier de pages trop long pour le menu n’a pas de sommaire',
	// The tools of /outils/, checked when their pages are built (src/lib/diagnostic/, src/lib/journal/).
	'enonce-en-double': 'Deux énoncés du diagnostic ont le même identifiant',
	'nombre-d-enonces': 'Le diagnostic a trop ou trop peu d’énoncés',
	'familles-du-journal': 'Le tableau des catégories du journal est introuvable',
} as const;

export type ErrorSlug = keyof typeof ERROR_SLUGS;

export function errorPageUrl(slug: ErrorSlug): string {
	return `/contribuer/erreurs/${slug}/`;
}

const HELP = ' Aide : ';

/** A message that ends with the address of the page that explains its fix. */
export function withHelp(message: string, slug: ErrorSlug): string {
	return `${message}${HELP}${errorPageUrl(slug)}`;
}

/** The message without the address `withHelp` added, for errors that print their own. */
export function withoutHelp(message: string): string {
	const at = message.lastIndexOf(`${HELP}/contribuer/erreurs/`);
	return at === -1 ? message : message.slice(0, at);
}

export interface FieldProblem {
	/** Dotted path of the field, e.g. `items.2.id`; empty for the whole file. */
	field: string;
	message: string;
	/** The line of the field in the file, when the reader knows it. */
	line?: number | undefined;
}

/**
 * Turns a Zod issue path into the words contributors read: positions count from 1, as people
 * count (`items.1.id` is « id du 2e élément de items »), names stay as typed in the file.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
	let words = '';
	for (const key of path) {
		const rank = typeof key === 'number' ? `${key + 1}${key === 0 ? 'er' : 'e'}` : '';
		if (typeof key === 'number') words = words ? `${rank} élément de ${words}` : `${rank} entrée du fichier`;
		else if (!words) words = String(key);
		else if (/élément de \S+$/.test(words)) words = `${String(key)} du ${words}`;
		else if (words.endsWith('entrée du fichier')) words = `${String(key)} de la ${words}`;
		else words = `${words}.${String(key)}`;
	}
	return words;
}

// Fields declared one by one (no constructor parameter properties): scripts run these modules
// with Node's type stripping, which does not rewrite TypeScript-only syntax.
export class ContributorError extends Error {
	readonly file: string;
	readonly problems: FieldProblem[];
	readonly slug: ErrorSlug;

	constructor(file: string, problems: FieldProblem[], slug: ErrorSlug, options?: ErrorOptions) {
		super(formatContributorError(file, problems, slug), options);
		this.name = 'ContributorError';
		this.file = file;
		this.problems = problems;
		this.slug = slug;
	}
}

export function formatContributorError(file: string, problems: FieldProblem[], slug: ErrorSlug): string {
	// A problem from a schema carries its own page; the error as a whole ends with one address only.
	const lines = problems.map(({ field, message, line }) => {
		const where = [line ? `ligne ${line}` : '', field ? `champ « ${field} »` : ''].filter(Boolean).join(', ');
		return `  - ${where ? `${where} : ` : ''}${withoutHelp(message)}`;
	});
	const title = ERROR_SLUGS[slug];
	return [`${file} : ${title.charAt(0).toLowerCase()}${title.slice(1)}.`, ...lines, `  Aide : ${errorPageUrl(slug)}`].join('\n');
}
