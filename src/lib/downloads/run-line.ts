/**
 * The line the build prints about its downloads, and its reading back by the benchmark
 * (scripts/bench/lib/build-log.ts): written and read here, so that the two cannot drift apart.
 */

export interface DownloadsLine {
	/** Downloads the site has. */
	total: number;
	/** Rendered by the worker threads. */
	rendered: number;
	workers: number;
	/** Copied from the cache. */
	reused: number;
	cacheDir: string;
	ms: number;
}

export function downloadsLine({ total, rendered, workers, reused, cacheDir, ms }: DownloadsLine): string {
	return `${total} downloads: ${rendered} rendered by ${workers} worker threads, ${reused} reused from ${cacheDir}, in ${Math.round(ms)} ms.`;
}

const LINE = /(\d+) downloads: (\d+) rendered by (\d+) worker threads, (\d+) reused from (.*), in (\d+) ms\./;

/** The figures of the first such line in `log`, if there is one. */
export function readDownloadsLine(log: string): DownloadsLine | undefined {
	const match = LINE.exec(log);
	if (!match) return undefined;
	const [, total, rendered, workers, reused, cacheDir = '', ms] = match;
	return {
		total: Number(total),
		rendered: Number(rendered),
		workers: Number(workers),
		reused: Number(reused),
		cacheDir,
		ms: Number(ms),
	};
}
