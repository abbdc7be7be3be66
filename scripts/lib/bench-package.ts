/**
 * Packages that only the benchmarks use (Lighthouse weighs 25 MB): listed in package.json under
 * `benchDependencies`, installed on first use by the bench command rather than by every
 * `npm install` of a contributor or of CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-copy.ts';

/**
 * Whether the package is in node_modules, from its files: asking Node's resolver would make it
 * remember the package as missing, and the import after the install would fail all the same.
 */
function installed(name: string): boolean {
	return existsSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'));
}

/** Imports `name` (a specifier of a bench dependency, or a file inside one), installing it first if needed. */
export async function benchImport<T>(name: string, specifier = name): Promise<T> {
	if (!installed(name)) {
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
