/** Field groups shared by several collections, and the messages that send contributors to their fix. */
import { withHelp, type ErrorSlug } from '../lib/contributor-errors.ts';
import { frenchTypography } from '../lib/typography/french.ts';
import { z } from './zod.ts';

/**
 * What `npm run new` writes in every field: the build refuses it, so a scaffolded file cannot be
 * published before a person has written each field.
 */
export const PLACEHOLDER = 'À REMPLIR';

export function isPlaceholder(value: unknown): boolean {
	return typeof value === 'string' && value.includes(PLACEHOLDER);
}

function placeholderMessage(expected: string): string {
	return withHelp(`Le texte « ${PLACEHOLDER} » est encore là : remplacez-le. ${expected}`, 'texte-a-remplir');
}

/** The refinement that refuses a text still holding the placeholder of `npm run new`. */
export function notPlaceholder(expected: string) {
	return [(text: string) => !isPlaceholder(text), { error: placeholderMessage(expected) }] as const;
}

/**
 * The message of a field whose value does not fit: a placeholder left as is, a field left out, or
 * a wrong value, each with the catalogue page that explains it. `expected` says what to write.
 */
export function fieldError(expected: string, slug: ErrorSlug = 'valeur-invalide') {
	return (issue: { code?: string; input?: unknown }): string => {
		if (isPlaceholder(issue.input)) return placeholderMessage(expected);
		if (issue.code === 'invalid_type' && issue.input === undefined)
			return withHelp(`Champ obligatoire. ${expected}`, 'champ-manquant');
		return withHelp(expected, slug);
	};
}

/** Who a page or a checklist is written for. */
export const AUDIENCES = ['assistant', 'dirigeant', 'entreprise'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Display names, in the order the site lists audiences. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
	assistant: 'Assistantes et assistants',
	dirigeant: 'Dirigeantes et dirigeants',
	entreprise: 'Entreprises et RH',
};

/** The seven themes of the guide; a page belongs to at most one. */
export const TOPICS = [
	'posture',
	'confiance',
	'numerique',
	'reseau',
	'charge-invisible',
	'role-strategique',
	'reconnaissance',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
	posture: 'Posture de partenaire',
	confiance: 'Confiance',
	numerique: 'Numérique',
	reseau: 'Réseau d’assistants',
	'charge-invisible': 'Charge invisible',
	'role-strategique': 'Rôle stratégique et compétences',
	reconnaissance: 'Reconnaissance et carrière',
};

const AUDIENCES_EXPECTED = `Une liste d’un ou plusieurs publics parmi : ${AUDIENCES.join(', ')} (ex. : [assistant, dirigeant]).`;

export const audiencesSchema = z
	.array(
		z.enum(AUDIENCES, { error: fieldError(`Public inconnu. Valeurs possibles : ${AUDIENCES.join(', ')}.`, 'valeur-inconnue') }),
		{
			error: fieldError(AUDIENCES_EXPECTED),
		},
	)
	.min(1, { error: withHelp(`Au moins un public est attendu parmi : ${AUDIENCES.join(', ')}.`, 'valeur-invalide') })
	.refine((list) => new Set(list).size === list.length, {
		error: withHelp('Un même public est cité deux fois.', 'valeur-en-double'),
	});

export const topicSchema = z.enum(TOPICS, {
	error: fieldError(`Thème inconnu. Valeurs possibles : ${TOPICS.join(', ')}.`, 'valeur-inconnue'),
});

/** Lowercase ASCII words joined by hyphens: safe in URLs, storage keys and file names. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
	.string({
		error: fieldError('Identifiant attendu en minuscules sans accents, mots séparés par des tirets (ex. : relire-agenda).'),
	})
	.regex(SLUG_PATTERN)
	.meta({ format: 'identifiant en minuscules, mots séparés par des tirets' });

/** Prose typed by contributors: trimmed, never empty, with French typography applied once, here. */
export const proseSchema = z
	.string({ error: fieldError('Texte attendu.') })
	.trim()
	.min(1, { error: withHelp('Ce texte ne peut pas être vide.', 'valeur-invalide') })
	.refine(...notPlaceholder('Écrivez ce texte.'))
	.transform((text) => frenchTypography(text));

/**
 * Marks the schemas of prose fields, so that the content linter knows which YAML values readers
 * see (src/lib/content-lint/schema-fields.ts) without a list of names to keep in step. A field
 * described with `.describe()` is a copy of `proseSchema` and inherits the mark.
 */
export const proseFields = z.registry<{ prose: true }>();
proseFields.add(proseSchema, { prose: true });

const DATE_EXPECTED = 'Date attendue au format AAAA-MM-JJ (ex. : 2026-11-23).';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a value is one real calendar day written AAAA-MM-JJ. `new Date()` alone would read
 * « 03/12/2026 » as 12 March and « 2026-02-30 » as 2 March: both are refused here.
 */
export function isCalendarDay(value: Date | string): boolean {
	// A YAML parser that reads timestamps gives a Date: a day is midnight UTC, nothing else.
	if (value instanceof Date) return !Number.isNaN(value.getTime()) && value.toISOString().endsWith('T00:00:00.000Z');
	const [, year, month, day] = ISO_DAY.exec(value) ?? [];
	if (!year || !month || !day) return false;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	return date.toISOString().startsWith(value);
}

/** A calendar date written AAAA-MM-JJ in YAML (YAML may already have turned it into a Date). */
export const dateSchema = z
	.union([z.date(), z.string()], { error: fieldError(DATE_EXPECTED) })
	.refine((value) => !isPlaceholder(value), { error: placeholderMessage(DATE_EXPECTED), abort: true })
	.refine(isCalendarDay, {
		error: (issue) =>
			withHelp(
				typeof issue.input === 'string' && ISO_DAY.test(issue.input)
					? `Le ${String(issue.input)} n’existe pas dans le calendrier. ${DATE_EXPECTED}`
					: `« ${String(issue.input)} » n’est pas une date au format AAAA-MM-JJ (année, mois, jour : 3 décembre 2026 s’écrit 2026-12-03).`,
				'valeur-invalide',
			),
	})
	.transform((value) => new Date(value))
	.meta({ format: 'date AAAA-MM-JJ' });
