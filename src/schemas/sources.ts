/** A source article the guide draws on: one YAML file in `content/sources/`. */
import { dateSchema, proseSchema } from './shared.ts';
import { z } from './zod.ts';

export const sourceSchema = z
	.object({
		/** The article's title, as published or paraphrased in French. */
		title: proseSchema,
		/** The site or organisation that published it. */
		publisher: proseSchema,
		/** Its author or signing organisation, when the text shows one. Default: none. */
		author: proseSchema.optional(),
		/** How sure we are of the author: `certain`, or `probable` (shown as « probablement »). Default: `certain`. */
		authorCertainty: z.enum(['certain', 'probable']).default('certain'),
		/** Publication date or year as far as known, in words (« 22 janvier 2013 »). Default: none. */
		published: proseSchema.optional(),
		/** What kind of text it is: opinion, advice, essay… */
		genre: proseSchema,
		/** The ideas of the guide it supports. */
		ideas: z.array(proseSchema).min(1),
		/** For a legal or official text: the day we last read it against its official publication. Default: none. */
		checked: dateSchema
			.optional()
			.describe(
				'Pour un texte juridique ou officiel : le jour où la règle citée a été vérifiée sur sa publication officielle (AAAA-MM-JJ). Par défaut : aucune.',
			),
		/** What a reader should keep in mind (promotional content, dated tools…). Default: none. */
		caveat: proseSchema.optional(),
	})
	.strict();
