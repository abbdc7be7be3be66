/**
 * Writes the service worker for offline reading once the build is done. It must run after the
 * search index (`searchIndex()`), which also runs in `astro:build:done`: Astro runs these hooks in
 * the order of the integrations, so this one is placed after `searchIndex()`, and it stops the build if
 * the search index is not there yet rather than ship a worker without search.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';
import { cleanupScript, manifestOptions, serviceWorkerOptions } from '../lib/offline/workbox-config.ts';

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
					// The build's version: a digest of every precached file's revision.
					const { manifestEntries } = await getManifest(manifestOptions(outDir));
					const digest = createHash('sha256');
					for (const entry of manifestEntries ?? []) digest.update(`${entry.url} ${entry.revision ?? ''}\n`);
					const version = digest.digest('hex').slice(0, 12);
					writeFileSync(join(outDir, `sw-cleanup-${version}.js`), cleanupScript(version));
					const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir, join(outDir, 'sw.js'), version));
					for (const warning of warnings) logger.warn(warning);
					const time = Math.round(performance.now() - started);
					logger.info(`sw.js precaches ${count} files (${(size / 1024).toFixed(0)} kB), version ${version}, in ${time} ms.`);
				} catch (cause) {
					throw new Error('Failed to generate the service worker.', { cause });
				}
			},
		},
	};
}
