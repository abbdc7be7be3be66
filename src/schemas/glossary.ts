/** A glossary term: one entry of `content/glossary.yaml`. */
import { proseSchema, slugSchema } from './shared.ts';
import { entryReference } from './references.ts';
import { z } from './zod.ts';

export const glossaryTermSchema = z
	.object({
		/** Stable id, the anchor of the term on /glossaire/. */
		id: slugSchema,
		/** The term as readers meet it. */
		term: proseSchema,
		/**
		 * Other ways the guides write it (« dirigeant », « télétravail »): the first use in a guide of
		 * the term or of one of these links to its definition. The term without its parenthesis, and
		 * an acronym or equivalent in that parenthesis, need not be repeated here. Default: none.
		 */
		forms: z.array(proseSchema).default([]),
		/** An original definition in one to three sentences. */
		definition: proseSchema,
		/** The page that uses the term most (id of a page in `content/docs/`). */
		guide: entryReference('docs'),
		/** Ids of related terms. Default: none. */
		related: z.array(slugSchema).default([]),
	})
	.strict();
