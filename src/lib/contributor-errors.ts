/**
 * Errors that a contributor can cause, worded for them: which file, which field, what is expected,
 * and the page of the error catalogue that explains the fix.
 */

/** Every error a contributor can meet has a page `/contribuer/erreurs/<slug>/`. */
export const ERROR_SLUGS = {
	'site-invalide': 'Une valeur de content/site.yaml est invalide',
	'yaml-malforme': 'Un fichier YAML ne peut pas être lu',
	'checklist-inconnue': 'Une checklist citée n’existe pas',
	'checklist-non-declaree': 'Une checklist intégrée manque au champ checklists de la page',
	'composant-invalide': 'Un composant MDX a reçu une valeur invalide',
	'dossier-sans-sommaire': 'Un dossier de pages trop long pour le menu n’a pas de sommaire',
} as const;

export type ErrorSlug = keyof typeof ERROR_SLUGS;

export function errorPageUrl(slug: ErrorSlug): string {
	return `/contribuer/erreurs/${slug}/`;
}

export interface FieldProblem {
	/** Dotted path of the field, e.g. `items.2.id`; empty for the whole file. */
	field: string;
	message: string;
}

/** Turns a Zod issue path into the dotted form contributors see in messages. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.map((key) => String(key)).join('.');
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
	const lines = problems.map(({ field, message }) => `  - ${field ? `champ « ${field} » : ` : ''}${message}`);
	const title = ERROR_SLUGS[slug];
	return [`${file} : ${title.charAt(0).toLowerCase()}${title.slice(1)}.`, ...lines, `  Aide : ${errorPageUrl(slug)}`].join('\n');
}
