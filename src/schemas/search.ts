/**
 * Front matter that only search reads, merged into the pages' schema (`src/schemas/docs.ts`).
 * Readers type words the prose may never use (« directeur » for a page that says « dirigeant »,
 * « burn-out » for one about mental load): each page can carry them here.
 */
import { proseSchema } from './shared.ts';
import { z } from './zod.ts';

export const searchFieldsSchema = z.object({
	/** Words or short phrases readers search for that the page's prose does not use. Default: none. */
	keywords: z
		.array(proseSchema)
		.default([])
		.describe(
			'Des mots ou courtes expressions que les lectrices et lecteurs cherchent et que le texte de la page n’emploie pas (ex. : [directeur, burn-out]).',
		),
});
