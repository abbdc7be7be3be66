/** Wires each collection of `content/` to its loader and its schema (schemas live in `src/schemas/`). */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageSchema } from './schemas/docs.ts';
import { checklistSchema } from './schemas/checklists.ts';
import { sourceSchema } from './schemas/sources.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	checklists: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: './content/checklists' }),
		schema: checklistSchema,
	}),
	sources: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: './content/sources' }),
		schema: sourceSchema,
	}),
	glossary: defineCollection({
		loader: file('./content/glossary.yaml'),
		schema: glossaryTermSchema,
	}),
};
