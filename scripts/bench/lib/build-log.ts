/**
 * Figures read from the output of `astro build`: the time Astro reports for each generated route
 * (`├─ /guides/x/index.html (+45ms)`), grouped by kind, the timing lines of the post-build steps,
 * and what the downloads step made (src/integrations/downloads.ts).
 */
import { readDownloadsLine, type DownloadsLine } from '../../../src/lib/downloads/run-line.ts';

export interface RouteTimes {
	/** Milliseconds spent generating routes of each kind: `pdf`, `md`, `html`… (by file extension). */
	byKind: Record<string, number>;
	/** Number of routes of each kind. */
	counts: Record<string, number>;
}

// eslint-disable-next-line no-control-regex -- colour codes are control characters by definition
const COLOURS = /\u001b\[[0-9;]*m/g;
const ROUTE_LINE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

function routeKind(path: string): string {
	const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
	return extension ?? 'html';
}

export function routeTimes(log: string): RouteTimes {
	const times: RouteTimes = { byKind: {}, counts: {} };
	for (const line of log.replace(COLOURS, '').split('\n')) {
		const match = ROUTE_LINE.exec(line);
		if (!match) continue;
		const [, path = '', amount = '0', unit] = match;
		const kind = routeKind(path);
		times.byKind[kind] = (times.byKind[kind] ?? 0) + Number(amount) * (unit === 's' ? 1000 : 1);
		times.counts[kind] = (times.counts[kind] ?? 0) + 1;
	}
	return times;
}

/** Milliseconds of a step that logs `… in 812 ms` or `… in 1.26s` on a line naming it. */
export function stepTime(log: string, name: string): number | undefined {
	const line = log
		.replace(COLOURS, '')
		.split('\n')
		.find((text) => text.includes(name) && / in [\d.]+ ?m?s\b/.test(text));
	const match = line && / in ([\d.]+) ?(ms|s)\b/.exec(line);
	if (!match) return undefined;
	return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

/** Our downloads step (src/integrations/downloads.ts), as it reports itself. */
export function downloadsStep(log: string): DownloadsLine | undefined {
	return readDownloadsLine(log.replace(COLOURS, ''));
}

/**
 * `/usr/bin/time -f 'BENCH_TIME %e %M %U %S'`: wall seconds, peak resident memory in kB, and CPU
 * seconds (user + system), which other work on a shared machine disturbs far less than wall time.
 */
export function timeOutput(stderr: string): { wallSeconds: number; peakKilobytes: number; cpuSeconds: number } | undefined {
	const match = /BENCH_TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
	return match
		? { wallSeconds: Number(match[1]), peakKilobytes: Number(match[2]), cpuSeconds: Number(match[3]) + Number(match[4]) }
		: undefined;
}
