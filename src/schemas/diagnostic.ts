/**
 * One axis of the « Diagnostic du binôme »: one YAML file in `content/diagnostic/`, whose file name
 * is the axis id. An axis is a pillar of trust (transparence, fiabilité, anticipation) or another
 * dimension of the partnership (posture, délégation, reconnaissance); its statements exist in two
 * versions, so that the assistant and the executive judge the same behaviour, each from their side.
 *
 * Saved answers and pairing codes are keyed by statement id: reword a statement freely, change its
 * id only when it asks something else. The whole collection holds 15 to 24 statements, with ids
 * unique across files (checked by src/lib/diagnostic/model.ts, which sees every file at once).
 *
 * Each field's `.describe()` is its documentation: the page /contribuer/champs/ reads it from here.
 */
import { withHelp } from '../lib/contributor-errors.ts';
import { fieldError, proseSchema, slugSchema } from './shared.ts';
import { entryReference } from './references.ts';
import { z } from './zod.ts';
import { publicationOf } from '../lib/overlay/publication.ts';
import { loadSiteConfig } from '../lib/site-config.ts';

/**
 * What a company hides (`hiddenPages`) is not a contributor's mistake: an axis keeps its questions
 * and loses only the link to a hidden guide (null) or a hidden checklist (left out).
 */
function hidden(): { pages: Set<string>; checklists: ReadonlySet<string> } {
	const publication = publicationOf(loadSiteConfig());
	return { pages: new Set(publication.hidden.map((page) => page.id)), checklists: publication.hiddenChecklists };
}

/** The two kinds of axis, in the order the results show them. */
export const AXIS_KINDS = ['pilier', 'dimension'] as const;
export type AxisKind = (typeof AXIS_KINDS)[number];

/** The three readings of a score, from the weakest; their thresholds live in src/lib/diagnostic/scoring.ts. */
export const LEVELS = ['fragile', 'en-construction', 'solide'] as const;
export type Level = (typeof LEVELS)[number];

export const statementSchema = z
	.object({
		id: slugSchema.describe('Identifiant stable, unique dans tout le diagnostic : la clé de la réponse enregistrée.'),
		assistant: proseSchema.describe('L’énoncé tel que le lit l’assistante ou l’assistant, à la première personne.'),
		dirigeant: proseSchema.describe('Le même comportement, tel que le lit la dirigeante ou le dirigeant.'),
	})
	.strict();

export const axisSchema = z
	.object({
		title: proseSchema.describe('Le nom de l’axe, affiché dans les résultats (ex. : Transparence).'),
		kind: z
			.enum(AXIS_KINDS, {
				error: fieldError(`Sorte d’axe inconnue. Valeurs possibles : ${AXIS_KINDS.join(', ')}.`, 'valeur-inconnue'),
			})
			.describe('pilier pour les trois piliers de la confiance, dimension pour les autres axes.'),
		order: z
			.number({ error: fieldError('Ordre attendu : un nombre entier (ex. : 1).') })
			.int()
			.positive()
			.describe('La place de l’axe dans le questionnaire et les résultats, à partir de 1.'),
		summary: proseSchema.describe('Ce que l’axe mesure, en une phrase.'),
		guide: z
			.preprocess((id) => (typeof id === 'string' && hidden().pages.has(id) ? null : id), entryReference('docs').nullable())
			.describe('La page du guide qui traite l’axe (chemin d’une page de content/docs/, ex. : guides/piliers-de-la-confiance).'),
		section: z
			.string({ error: fieldError('Ancre de titre attendue, sans # (ex. : transparence-parler-tôt-et-dans-les-deux-sens).') })
			.regex(/^[^\s#]+$/, { error: withHelp('Une ancre s’écrit sans # ni espace.', 'valeur-invalide') })
			.optional()
			.describe(
				'L’ancre de la section du guide à relire, sans # ; le lien est vérifié à la construction. Par défaut : le haut de la page.',
			),
		checklists: z
			.preprocess(
				(ids) => (Array.isArray(ids) ? ids.filter((id) => !(typeof id === 'string' && hidden().checklists.has(id))) : ids),
				z.array(entryReference('checklists'), { error: fieldError('Liste d’identifiants de checklists attendue.') }),
			)
			.default([])
			.describe('Les checklists proposées quand le score de l’axe est faible. Par défaut : aucune.'),
		levels: z
			.object(Object.fromEntries(LEVELS.map((level) => [level, proseSchema])) as Record<Level, typeof proseSchema>, {
				error: fieldError(`Un texte par niveau attendu : ${LEVELS.join(', ')}.`),
			})
			.strict()
			.describe(`Ce que veut dire le score, pour chacun des niveaux ${LEVELS.join(', ')}.`),
		conversation: z
			.array(proseSchema, { error: fieldError('Liste de questions attendue.') })
			.min(1, { error: withHelp('Au moins une question pour le prochain point est attendue.', 'valeur-invalide') })
			.describe('Des questions pour ouvrir la discussion au prochain point, quand les deux regards diffèrent.'),
		statements: z
			.array(statementSchema, { error: fieldError('Liste d’énoncés attendue, chacun avec un id, assistant et dirigeant.') })
			.min(2, { error: withHelp('Un axe a au moins deux énoncés.', 'nombre-d-enonces') })
			.max(5, { error: withHelp('Un axe a au plus cinq énoncés : scindez-le en deux.', 'nombre-d-enonces') })
			.superRefine((statements, ctx) => {
				const seen = new Map<string, number>();
				statements.forEach((statement, index) => {
					const first = seen.get(statement.id);
					if (first === undefined) seen.set(statement.id, index);
					else
						ctx.addIssue({
							code: 'custom',
							path: [index, 'id'],
							message: withHelp(
								`Identifiant d’énoncé en double : « ${statement.id} » est déjà celui de l’énoncé ${first + 1}.`,
								'enonce-en-double',
							),
						});
				});
			})
			.describe('Les énoncés de l’axe, de deux à cinq, notés de 1 à 5.'),
	})
	.strict();

export type AxisData = z.output<typeof axisSchema>;
export type Statement = AxisData['statements'][number];
