/**
 * A checklist: one YAML file in `content/checklists/`, whose file name is its id.
 *
 * Saved progress is keyed by checklist id, `version` and item id, so a label can be reworded
 * freely; change an item's id only when the action itself changes.
 */
import { audiencesSchema, proseSchema, slugSchema } from './shared.ts';
import { entryReference } from './references.ts';
import { z } from './zod.ts';

export const checklistItemSchema = z
	.object({
		/** Stable id, unique in the checklist: the key of the saved tick. */
		id: slugSchema,
		/** The action to tick, starting with an infinitive verb. */
		label: proseSchema,
		/** A short help text shown under the label. Default: none. */
		help: proseSchema.optional(),
	})
	.strict();

export const checklistSchema = z
	.object({
		/** The checklist's title. */
		title: proseSchema,
		/** When and why to use it, in one or two sentences. */
		summary: proseSchema,
		/** The page the checklist belongs to (id of a page in `content/docs/`). */
		guide: entryReference('docs'),
		/** Who ticks it. */
		audiences: audiencesSchema,
		/** Bump when items change meaning, so that old ticks are not applied to new actions. */
		version: z.number({ error: 'Version attendue : un nombre entier (ex. : 1).' }).int().positive(),
		/** The actions, 1 to 20 of them. */
		items: z
			.array(checklistItemSchema)
			.min(1, { error: 'Une checklist a au moins un élément.' })
			.max(20, { error: 'Une checklist a au plus 20 éléments : scindez-la en deux.' })
			.superRefine((items, ctx) => {
				const seen = new Map<string, number>();
				items.forEach((item, index) => {
					const first = seen.get(item.id);
					if (first === undefined) seen.set(item.id, index);
					else
						ctx.addIssue({
							code: 'custom',
							path: [index, 'id'],
							message: `Identifiant d’élément en double : « ${item.id} » est déjà celui de l’élément ${first + 1}. Chaque élément a un id unique dans sa checklist.`,
						});
				});
			}),
	})
	.strict();

export type ChecklistData = z.output<typeof checklistSchema>;
export type ChecklistItem = ChecklistData['items'][number];
