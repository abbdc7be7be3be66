/**
 * Writes the service worker for offline reading once the build is done. It must run after the
 * search index (`searchIndex()`), which also runs in `astro:build:done`: Astro runs these hooks in
 * the order of the integrations, so this one is placed after `searchIndex()`, and it stops the build if
 * the search index is not there yet rather than ship a worker without search.
 *
 * The worker is src/lib/offline/sw.ts with Workbox's runtime, bundled by Rolldown with this build's
 * precache list written in. Workbox's own generateSW did the same through Rollup, Babel and Terser:
 * 1.4 to 1.9 s of every build, and half a second more to load them.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';
// The manifest alone: the package's index would also load generateSW's Rollup and Babel.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { manifestOptions, workerSettings } from '../lib/offline/workbox-config.ts';
import { WORKER_FILE } from '../lib/offline/worker-file.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../lib/offline/sw.ts', import.meta.url));

export function serviceWorker(): AstroIntegration {
	return {
		name: 'partenaire:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				if (!existsSync(join(outDir, 'pagefind', 'pagefind-entry.json'))) {
					throw new Error(
						'No search index in the build: the service worker must be generated after Pagefind. Place serviceWorker() after searchIndex() in astro.config.mjs.',
					);
				}
				try {
					const { manifestEntries = [], count, size, warnings } = await getManifest(manifestOptions(outDir));
					for (const warning of warnings) logger.warn(warning);
					// The build's version: a digest of every precached file's revision.
					const digest = createHash('sha256');
					for (const entry of manifestEntries) digest.update(`${entry.url} ${entry.revision ?? ''}\n`);
					const version = digest.digest('hex').slice(0, 12);
					const bundle = await build({
						input: WORKER_SOURCE,
						platform: 'browser',
						write: false,
						logLevel: 'warn',
						transform: {
							define: {
								__PARTENAIRE_WORKER__: JSON.stringify(workerSettings(manifestEntries, version)),
								// Workbox's runtime leaves out its development logs in production.
								'process.env.NODE_ENV': JSON.stringify('production'),
							},
						},
						output: { format: 'iife', minify: true },
					});
					const [worker] = bundle.output;
					if (!worker || worker.type !== 'chunk') throw new Error('Rolldown wrote no service worker.');
					writeFileSync(join(outDir, WORKER_FILE), worker.code);
					const time = Math.round(performance.now() - started);
					logger.info(
						`${WORKER_FILE} precaches ${count} files (${(size / 1024).toFixed(0)} kB), version ${version}, in ${time} ms.`,
					);
				} catch (cause) {
					throw new Error('Failed to generate the service worker.', { cause });
				}
			},
		},
	};
}
