/**
 * Rebuilds Starlight's Pagefind index with French elisions split (see `src/lib/search/elisions.ts`).
 *
 * Starlight writes `pagefind/` from the HTML of `dist/` in its `astro:build:done` hook; this one
 * runs after it (it is placed after `starlight()`), indexes a copy of each page whose elisions are
 * split (written to a temporary folder), and writes over that folder. Same pages, same filters and weights, same options.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
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
				// Pagefind reads a folder of split copies in parallel, much faster than the same pages
				// handed over one by one (3.9 s against about 1.5 s for 837 pages).
				const staging = mkdtempSync(join(tmpdir(), 'partenaire-index-'));
				try {
					for (const page of pages) {
						mkdirSync(dirname(join(staging, page)), { recursive: true });
						writeFileSync(join(staging, page), splitElisions(readFileSync(join(outDir, page), 'utf8')));
					}
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: staging });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					const output = join(outDir, 'pagefind');
					rmSync(output, { recursive: true, force: true });
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					logger.info(
						`Search index rebuilt with French elisions split (${added.page_count} pages) in ${Math.round(performance.now() - started)} ms.`,
					);
				} catch (cause) {
					throw new Error('Failed to rebuild the search index.', { cause });
				} finally {
					await pagefind.close();
					rmSync(staging, { recursive: true, force: true });
				}
			},
		},
	};
}
