/**
 * Extra front matter of the pages in `content/docs/`, merged into Starlight's own schema by
 * `docsSchema({ extend })`. Guides must say who they are for, their theme, their sources and
 * when they were last reviewed; other pages may leave those out.
 */
import { AUDIENCES, audiencesSchema, dateSchema, proseSchema, topicSchema } from './shared.ts';
import { entryReference } from './references.ts';
import { searchFieldsSchema } from './search.ts';
import { z } from './zod.ts';

export const PAGE_TYPES = ['guide', 'path', 'template', 'reference'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

function noDuplicateIds(list: { id: string }[]): boolean {
	return new Set(list.map((entry) => entry.id)).size === list.length;
}

export const pageSchema = z
	.object({
		/** The page title, with French typography applied (Starlight's own field, typographed). */
		title: proseSchema,
		/** One sentence for search results and link previews, typographed. */
		description: proseSchema.optional(),
		/** What kind of page this is. Default: `reference` (home, glossary, about…). */
		type: z.enum(PAGE_TYPES, { error: `Type inconnu. Valeurs possibles : ${PAGE_TYPES.join(', ')}.` }).default('reference'),
		/** Who the page is written for. Default: everyone. */
		audiences: audiencesSchema.default([...AUDIENCES]),
		/** The theme of the page, among the seven of the guide. Default: none. */
		topic: topicSchema.optional(),
		/** Checklists that the page embeds (ids of `content/checklists/*.yaml`). Default: none. */
		checklists: z
			.array(entryReference('checklists'))
			.refine(noDuplicateIds, { error: 'Une même checklist est citée deux fois.' })
			.default([]),
		/** Source articles the page draws on (ids of `content/sources/*.yaml`). Default: none. */
		sources: z
			.array(entryReference('sources'))
			.refine(noDuplicateIds, { error: 'Une même source est citée deux fois.' })
			.default([]),
		/** The day an editor last checked the page against its sources. Default: none. */
		reviewed: dateSchema.optional(),
		...searchFieldsSchema.shape,
	})
	.superRefine((page, ctx) => {
		if (page.type !== 'guide') return;
		// A guide without these cannot be filtered, credited or trusted to be current.
		if (!page.topic) ctx.addIssue({ code: 'custom', path: ['topic'], message: 'Un guide doit indiquer son thème (topic).' });
		if (page.sources.length === 0)
			ctx.addIssue({ code: 'custom', path: ['sources'], message: 'Un guide doit citer au moins une source (sources).' });
		if (!page.reviewed)
			ctx.addIssue({
				code: 'custom',
				path: ['reviewed'],
				message: 'Un guide doit indiquer sa date de relecture (reviewed : AAAA-MM-JJ).',
			});
	});
