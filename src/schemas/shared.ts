/** Field groups shared by several collections. */
import { frenchTypography } from '../lib/typography/french.ts';
import { z } from './zod.ts';

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

export const audiencesSchema = z
	.array(z.enum(AUDIENCES, { error: `Public inconnu. Valeurs possibles : ${AUDIENCES.join(', ')}.` }))
	.min(1, { error: `Au moins un public est attendu parmi : ${AUDIENCES.join(', ')}.` })
	.refine((list) => new Set(list).size === list.length, { error: 'Un même public est cité deux fois.' });

export const topicSchema = z.enum(TOPICS, { error: `Thème inconnu. Valeurs possibles : ${TOPICS.join(', ')}.` });

/** Lowercase ASCII words joined by hyphens: safe in URLs, storage keys and file names. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'Identifiant attendu en minuscules sans accents, mots séparés par des tirets (ex. : relire-agenda).',
});

/** Prose typed by contributors: trimmed, never empty, with French typography applied once, here. */
export const proseSchema = z
	.string({ error: 'Texte attendu.' })
	.trim()
	.min(1, { error: 'Ce texte ne peut pas être vide.' })
	.transform((text) => frenchTypography(text));

/** A calendar date written YYYY-MM-DD in YAML (YAML may already have turned it into a Date). */
export const dateSchema = z.coerce.date({ error: 'Date attendue au format AAAA-MM-JJ (ex. : 2026-11-23).' });
