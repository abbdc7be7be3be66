/** Props of the components that MDX authors use, checked so that a typo fails with its fix. */
import { notPlaceholder, slugSchema } from './shared.ts';
import { z } from './zod.ts';

export const checklistPropsSchema = z
	.object({
		/** Id of the checklist: the name of its file in `content/checklists/`, without `.yaml`. */
		id: slugSchema,
		/** Level of the checklist's heading, to fit the section it sits in. Default: 3. */
		level: z.union([z.literal(2), z.literal(3), z.literal(4)]).default(3),
	})
	.strict();

export const templatePropsSchema = z
	.object({
		/** The template's name, shown as its heading. */
		title: z
			.string()
			.trim()
			.min(1)
			.refine(...notPlaceholder('Écrivez le nom du modèle.')),
	})
	.strict();

export const whatToSayPropsSchema = z
	.object({
		/** The moment the words are for, said as the reader would (« Pour demander une augmentation »). */
		situation: z
			.string()
			.trim()
			.min(1)
			.refine(...notPlaceholder('Décrivez le moment où ces mots servent.')),
	})
	.strict();
