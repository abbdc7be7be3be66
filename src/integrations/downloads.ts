/**
 * The downloads (checklist sheets, livre blanc, template files), made off the page-rendering path.
 *
 * In `astro build`, one route gathers every document's inputs (src/download-routes/manifest.ts)
 * while the pages render; once they are built, this integration renders the documents in worker
 * threads, or copies those whose inputs and renderer did not change from the cache
 * (src/lib/downloads/build-downloads.ts), into the output folder at the URLs the pages link to.
 *
 * In `astro dev`, each kind of document has its route (src/download-routes/document.ts), which
 * renders a file when it is requested.
 *
 * Placed before every integration whose `astro:build:done` reads the built files (the company's
 * public files, Starlight's links validator, the search index, the service worker's precache,
 * the build report): Astro runs those hooks in the order of the integrations.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildDownloads } from '../lib/downloads/build-downloads.ts';
import { downloadsCacheDir } from '../lib/downloads/cache.ts';
import { DOCUMENT_KINDS, type DownloadJob } from '../lib/downloads/documents.ts';
import { downloadsLine } from '../lib/downloads/run-line.ts';

/** The gathered inputs, a file of the build until this integration has read it. */
export const MANIFEST_FILE = 'partenaire-downloads.json';

export function downloads(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'partenaire:downloads',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute }) => {
				root = fileURLToPath(config.root);
				if (command === 'build') {
					injectRoute({ pattern: `/${MANIFEST_FILE}`, entrypoint: './src/download-routes/manifest.ts', prerender: true });
				} else if (command === 'dev') {
					for (const { route } of Object.values(DOCUMENT_KINDS)) {
						injectRoute({ pattern: route, entrypoint: './src/download-routes/document.ts', prerender: true });
					}
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const manifest = join(outDir, MANIFEST_FILE);
				if (!existsSync(manifest)) throw new Error(`${MANIFEST_FILE} is missing from the build: no download can be made.`);
				const { jobs } = JSON.parse(readFileSync(manifest, 'utf8')) as { jobs: DownloadJob[] };
				rmSync(manifest);
				const cacheDir = downloadsCacheDir(root);
				const run = await buildDownloads(jobs, { outDir, cacheDir });
				logger.info(
					downloadsLine({
						total: jobs.length,
						rendered: run.rendered.length,
						workers: run.workers,
						reused: run.reused,
						cacheDir,
						ms: run.ms,
					}),
				);
			},
		},
	};
}
