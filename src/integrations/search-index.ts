/**
 * Rebuilds Starlight's Pagefind index with French elisions split (see `src/lib/search/elisions.ts`).
 *
 * Starlight writes `pagefind/` from the HTML of `dist/` in its `astro:build:done` hook; this one
 * runs after it (it is placed after `starlight()`), indexes a copy of each page whose elisions are
 * split, and writes over that folder. Same pages, same filters and weights, same options.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { splitElisions } from '../lib/search/elisions.ts';

export function searchIndex(): AstroIntegration {
	return {
		name: 'partenaire:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
					(path) => path.endsWith('.html') && !path.startsWith(`pagefind${sep}`),
				);
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(errors.join('\n'));
					for (const page of pages) {
						const content = splitElisions(readFileSync(join(outDir, page), 'utf8'));
						const added = await index.addHTMLFile({ sourcePath: relative(outDir, join(outDir, page)), content });
						if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					}
					const output = join(outDir, 'pagefind');
					rmSync(output, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					logger.info(`Search index rebuilt with French elisions split in ${Math.round(performance.now() - started)} ms.`);
				} catch (cause) {
					throw new Error('Failed to rebuild the search index.', { cause });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
