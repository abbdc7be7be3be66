/**
 * What the linter knows of the fields, read from the schemas of src/schemas/ rather than typed
 * again: which fields hold prose, which fields each collection has, and in which order.
 */
import { checklistItemSchema, checklistSchema } from '../../schemas/checklists.ts';
import { docsCollectionSchema } from '../../schemas/docs.ts';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { proseFields } from '../../schemas/shared.ts';
import { sourceSchema } from '../../schemas/sources.ts';
import { z } from '../../schemas/zod.ts';

/** The Zod context Astro gives a collection schema: images are checked by the build only. */
export const SCHEMA_CONTEXT = { image: () => z.string() } as unknown as Parameters<typeof docsCollectionSchema>[0];

/** The whole front matter schema of a page, as the build applies it. */
export const pageFrontMatterSchema = docsCollectionSchema(SCHEMA_CONTEXT);

/** Whether a field's values are prose, through `.optional()`, `.default()` and lists. */
function isProse(schema: z.ZodType): boolean {
	let current: unknown = schema;
	for (;;) {
		if (proseFields.get(current as z.ZodType)) return true;
		if (
			current instanceof z.ZodOptional ||
			current instanceof z.ZodDefault ||
			current instanceof z.ZodPrefault ||
			current instanceof z.ZodNullable
		)
			current = current.unwrap();
		else if (current instanceof z.ZodArray) current = current.element;
		else return false;
	}
}

const SHAPES = [
	pageFrontMatterSchema.shape,
	checklistSchema.shape,
	checklistItemSchema.shape,
	sourceSchema.shape,
	glossaryTermSchema.shape,
];

/** YAML fields whose values are prose, in any collection. */
export const PROSE_KEYS: ReadonlySet<string> = new Set(
	SHAPES.flatMap((shape) =>
		Object.entries(shape as Record<string, z.ZodType>)
			.filter(([, field]) => isProse(field))
			.map(([key]) => key),
	),
);

/** Our fields first (src/schemas/docs.ts), then Starlight's own: the order of the merged schema. */
export const PAGE_FIELD_ORDER: readonly string[] = Object.keys(pageFrontMatterSchema.shape);
/** The order of src/schemas/checklists.ts. */
export const CHECKLIST_FIELD_ORDER: readonly string[] = Object.keys(checklistSchema.shape);
