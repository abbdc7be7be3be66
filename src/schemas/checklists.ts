/**
 * A checklist: one YAML file in `content/checklists/`, whose file name is its id.
 *
 * Saved progress is keyed by checklist id, `version` and item id, so a label can be reworded
 * freely; change an item's id only when the action itself changes.
 *
 * Each field's `.describe()` is its documentation: the page /contribuer/champs/ reads it from here.
 */
import { withHelp } from '../lib/contributor-errors.ts';
import { audiencesSchema, fieldError, proseSchema, slugSchema } from './shared.ts';
import { entryReference } from './references.ts';
import { z } from './zod.ts';

/** How often a recurring checklist is done again: its page offers « Nouvelle période ». */
export const RECURRENCES = ['hebdomadaire', 'mensuelle', 'trimestrielle'] as const;

export const checklistItemSchema = z
	.object({
		id: slugSchema.describe('Identifiant stable, unique dans la checklist : la clé de la case cochée enregistrée.'),
		label: proseSchema.describe('L’action à cocher, qui commence par un verbe à l’infinitif.'),
		help: proseSchema.optional().describe('Une aide courte affichée sous l’action. Par défaut : aucune.'),
		group: proseSchema
			.optional()
			.describe(
				'Le groupe de l’élément (ex. : « Avant la réunion »), affiché en intertitre ; les éléments d’un même groupe se suivent. Par défaut : aucun.',
			),
	})
	.strict();

export const checklistSchema = z
	.object({
		title: proseSchema.describe('Le titre de la checklist.'),
		summary: proseSchema.describe('Quand et pourquoi l’utiliser, en une ou deux phrases.'),
		guide: entryReference('docs').describe(
			'La page à laquelle la checklist appartient (chemin d’une page de content/docs/, ex. : guides/posture-partenaire).',
		),
		audiences: audiencesSchema.describe('Qui la coche.'),
		recurrence: z
			.enum(RECURRENCES, {
				error: fieldError(`Récurrence inconnue. Valeurs possibles : ${RECURRENCES.join(', ')}.`, 'valeur-inconnue'),
			})
			.optional()
			.describe(
				'Pour une checklist qui se refait à intervalle régulier : hebdomadaire, mensuelle ou trimestrielle. Par défaut : aucune (une seule fois).',
			),
		version: z
			.number({ error: fieldError('Version attendue : un nombre entier (ex. : 1).') })
			.int()
			.positive()
			.describe(
				'À augmenter quand des éléments changent de sens, pour que d’anciennes coches ne s’appliquent pas à de nouvelles actions.',
			),
		items: z
			.array(checklistItemSchema, { error: fieldError('Liste d’éléments attendue, chacun avec un id et un label.') })
			.min(1, { error: withHelp('Une checklist a au moins un élément.', 'valeur-invalide') })
			.max(20, { error: withHelp('Une checklist a au plus 20 éléments : scindez-la en deux.', 'valeur-invalide') })
			.superRefine((items, ctx) => {
				const seen = new Map<string, number>();
				const labels = new Map<string, number>();
				items.forEach((item, index) => {
					const first = seen.get(item.id);
					if (first === undefined) seen.set(item.id, index);
					else
						ctx.addIssue({
							code: 'custom',
							path: [index, 'id'],
							message: withHelp(
								`Identifiant d’élément en double : « ${item.id} » est déjà celui de l’élément ${first + 1}. Chaque élément a un id unique dans sa checklist.`,
								'id-en-double',
							),
						});
					// The same action twice reads as a copy-paste slip, and ticks one box of two.
					const label = item.label.toLowerCase();
					const sameLabel = labels.get(label);
					if (sameLabel === undefined) labels.set(label, index);
					else
						ctx.addIssue({
							code: 'custom',
							path: [index, 'label'],
							message: withHelp(
								`Action en double : « ${item.label} » est déjà le texte de l’élément ${sameLabel + 1}. Supprimez l’une des deux, ou précisez ce qui les distingue.`,
								'valeur-en-double',
							),
						});
				});
			})
			.describe('Les actions, de 1 à 20.'),
	})
	.strict();

export type ChecklistData = z.output<typeof checklistSchema>;
export type ChecklistItem = ChecklistData['items'][number];
