/**
 * Builds one benchmark project with `astro build` under GNU time: wall time, peak memory, the
 * time of each kind of route and of the post-build steps, from the build's own output. `env`
 * adds variables to the build's (the benchmark names the downloads' cache folder).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { packageFile } from '../package-bin.mjs';
import { downloadsStep, routeTimes, stepTime, timeOutput, type RouteTimes } from './lib/build-log.ts';
import type { DownloadsLine } from '../../src/lib/downloads/run-line.ts';

export interface BuildFigures {
	wallSeconds: number;
	/** User + system CPU seconds of the build and its child processes (Pagefind). */
	cpuSeconds: number;
	peakMegabytes: number;
	routes: RouteTimes;
	/** Post-build steps that log their own time, in milliseconds. */
	steps: { pagefind: number | undefined; csp: number | undefined; serviceWorker: number | undefined };
	/** Our downloads step (absent from plain Starlight). */
	downloads: DownloadsLine | undefined;
}

export function buildProject(dir: string, env: Record<string, string> = {}): Promise<BuildFigures> {
	const astro = packageFile('astro', 'bin/astro.mjs');
	return new Promise((resolve, reject) => {
		const child = spawn('/usr/bin/time', ['-f', 'BENCH_TIME %e %M %U %S', process.execPath, astro, 'build'], {
			cwd: dir,
			env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			writeFileSync(`${dir}.build.log`, output);
			const time = timeOutput(output);
			if (code !== 0 || !time) {
				reject(new Error(`astro build failed in ${dir} (exit ${code}); see ${dir}.build.log:\n${output.slice(-2000)}`));
				return;
			}
			resolve({
				wallSeconds: time.wallSeconds,
				cpuSeconds: time.cpuSeconds,
				peakMegabytes: time.peakKilobytes / 1024,
				routes: routeTimes(output),
				steps: {
					// Plain Starlight's Pagefind step, or ours (src/integrations/search-index.ts).
					pagefind: stepTime(output, 'Finished building search index') ?? stepTime(output, 'Search index of'),
					csp: stepTime(output, 'inline scripts hashed'),
					serviceWorker: stepTime(output, 'service-worker'),
				},
				downloads: downloadsStep(output),
			});
		});
	});
}
