/**
 * Packages that only the benchmarks use (Lighthouse weighs 25 MB): listed in package.json under
 * `benchDependencies`, installed on first use by the bench command rather than by every
 * `npm install` of a contributor or of CI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-copy.ts';

function installed(name: string): boolean {
	try {
		import.meta.resolve(name);
		return true;
	} catch {
		return false;
	}
}

/** Imports `name` (a specifier of a bench dependency, or a file inside one), installing it first if needed. */
export async function benchImport<T>(name: string, specifier = name): Promise<T> {
	if (!installed(specifier)) {
		const { benchDependencies = {} } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
			benchDependencies?: Record<string, string>;
		};
		const range = benchDependencies[name];
		if (!range) throw new Error(`${name} is not listed in package.json's benchDependencies.`);
		console.log(`Installing ${name}@${range} for the benchmark (not part of npm install)…`);
		const run = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `${name}@${range}`], {
			cwd: PROJECT_ROOT,
			stdio: 'inherit',
		});
		if (run.status !== 0) throw new Error(`npm install ${name}@${range} failed.`);
	}
	return (await import(specifier)) as T;
}
