/** Wires each collection of `content/` to its loader and its schema (schemas live in `src/schemas/`). */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsCollectionSchema } from './schemas/docs.ts';
import { checklistSchema } from './schemas/checklists.ts';
import { sourceSchema } from './schemas/sources.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { yamlFiles } from './loaders/yaml-files.ts';
import { interfaceStringsSchema } from './schemas/i18n.ts';
import { parseYaml } from './lib/yaml.ts';
import { axisSchema } from './schemas/diagnostic.ts';
import { docsFiles } from './loaders/docs-files.ts';
import { loadSiteConfig } from './lib/site-config.ts';
import { publicationOf, publishedTerms } from './lib/overlay/publication.ts';
import { OVERLAY } from './lib/overlay/layout.ts';

// A company's overlay (entreprise/) adds pages and checklists; hidden pages take theirs along.
const site = loadSiteConfig();
const { hidden, hiddenChecklists, checklistGuides } = publicationOf(site);
const hiddenIds = new Set(hidden.map((page) => page.id));

export const collections = {
	docs: defineCollection({
		loader: docsFiles(site),
		schema: docsCollectionSchema,
	}),
	checklists: defineCollection({
		loader: yamlFiles('content/checklists', {
			overlay: OVERLAY.checklists,
			skip: hiddenChecklists,
			guides: checklistGuides,
		}),
		schema: checklistSchema,
	}),
	sources: defineCollection({
		loader: yamlFiles('content/sources'),
		schema: sourceSchema,
	}),
	i18n: defineCollection({
		loader: glob({ pattern: '*.json', base: './content/i18n' }),
		schema: interfaceStringsSchema,
	}),
	glossary: defineCollection({
		loader: file('./content/glossary.yaml', {
			parser: (text) => publishedTerms(parseYaml(text, 'content/glossary.yaml') as Record<string, unknown>[], hiddenIds),
		}),
		schema: glossaryTermSchema,
	}),
	diagnostic: defineCollection({
		loader: yamlFiles('content/diagnostic', { optional: true }),
		schema: axisSchema,
	}),
};
