/**
 * Makes every download of a build into its output folder, at the same URLs the pages link to:
 * a document whose key (cache-key.ts) is in the cache is copied from it; the others are rendered
 * in a pool of worker threads, one per core, and stored in the cache as they arrive. Nothing of
 * this runs while Astro renders the pages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { mapWithConcurrency } from '../concurrency.ts';
import { pruneEntries, reuseEntry, storeEntry } from './cache.ts';
import { documentKey, rendererVersion } from './cache-key.ts';
import { DOCUMENT_KINDS, jobFile, type DownloadJob } from './documents.ts';
import { runInWorkers } from './worker-pool.ts';

export const RENDER_WORKER = new URL('./render-worker.ts', import.meta.url);
/**
 * A render worker's young generation, in MB: a document's objects live as long as it is drawn,
 * so a small one collects as often without costing time (60 sheets: 1.8 s either way), and keeps
 * each worker about 45 MB smaller than the default, on top of a build that already holds the
 * whole site in memory.
 */
const YOUNG_GENERATION_MB = 8;
/** Files copied or written at once: enough to keep the disk busy. */
const FILE_CONCURRENCY = 16;

export interface DownloadsOptions {
	outDir: string;
	cacheDir: string;
	/** Worker threads at most; by default one per core. */
	workers?: number;
	/** The renderer's version; by default the hash of its code (`rendererVersion`). */
	version?: string;
}

export interface DownloadsRun {
	/** Files rendered by the workers, by path in the output folder. */
	rendered: string[];
	/** Files copied from the cache. */
	reused: number;
	/** Worker threads started (none when every file was in the cache). */
	workers: number;
	ms: number;
}

interface Planned {
	job: DownloadJob;
	file: string;
	entry: string;
}

export async function buildDownloads(jobs: readonly DownloadJob[], options: DownloadsOptions): Promise<DownloadsRun> {
	const started = performance.now();
	const version = options.version ?? rendererVersion(RENDER_WORKER);
	const planned: Planned[] = jobs.map((job) => {
		const file = jobFile(job);
		return { job, file, entry: `${documentKey(job, version)}${extname(file)}` };
	});
	const files = new Set<string>();
	for (const { file } of planned) {
		if (files.has(file)) throw new Error(`Two downloads would be written to ${file}.`);
		files.add(file);
	}
	for (const folder of new Set(planned.map(({ file }) => dirname(join(options.outDir, file))))) {
		await mkdir(folder, { recursive: true });
	}
	const missing: Planned[] = [];
	await mapWithConcurrency(planned, FILE_CONCURRENCY, async (item) => {
		if (!(await reuseEntry(options.cacheDir, item.entry, join(options.outDir, item.file)))) missing.push(item);
	});
	// The longest first, so that it does not end the run alone; then in the order of the site.
	const rank = (item: Planned) => (DOCUMENT_KINDS[item.job.kind].first ? 0 : 1);
	missing.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
	const workers = Math.min(options.workers ?? availableParallelism(), missing.length);
	await runInWorkers(missing, {
		worker: RENDER_WORKER,
		message: (item) => item.job,
		size: workers,
		resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
		label: (item) => item.file,
		onResult: async (item, bytes) => {
			await writeFile(join(options.outDir, item.file), bytes);
			await storeEntry(options.cacheDir, item.entry, bytes);
		},
	});
	await pruneEntries(options.cacheDir);
	return {
		rendered: missing.map(({ file }) => file),
		reused: planned.length - missing.length,
		workers,
		ms: performance.now() - started,
	};
}
