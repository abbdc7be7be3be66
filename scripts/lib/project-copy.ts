/**
 * The one way to make a copy of this project and run Astro in it, for the tests (fixtures, the
 * company copy, the offline update) and the benchmarks. A copy holds the project's code, then
 * content laid over it in order, so that each case states only what it changes.
 *
 * Copies live inside the repository (under an ignored folder) so that packages resolve from the
 * project's own node_modules, exactly as in a contributor's checkout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageFile } from '../package-bin.mjs';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the test copies go (ignored by git, eslint, Prettier and TypeScript). */
export const TEST_BUILDS = join(PROJECT_ROOT, 'tests/.fixture-builds');
/** What every copy shares with the real project: its code, never its content. */
const PROJECT_CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface ProjectCopyOptions {
	/** Copy the project's own `content/` first (the real guide). Default: false. */
	content?: boolean;
	/** Folders laid over the copy in order, each holding project-relative paths (`content/…`). */
	layers?: string[];
	/** Copy the project's current `dist/` too, so a rebuild starts from the published site. */
	dist?: boolean;
}

/** A fresh copy of the project in `dir` (emptied first); returns `dir`. */
export function copyProject(dir: string, { content = false, layers = [], dist = false }: ProjectCopyOptions = {}): string {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const entries = [...PROJECT_CODE, ...(content ? ['content'] : []), ...(dist ? ['dist'] : [])];
	for (const entry of entries) {
		if (existsSync(join(PROJECT_ROOT, entry))) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
	}
	for (const layer of layers) cpSync(layer, dir, { recursive: true });
	return dir;
}

export interface AstroRun {
	ok: boolean;
	/** Everything Astro printed, stdout then stderr, without colour codes. */
	output: string;
	/** Wall time of the run, in milliseconds. */
	ms: number;
}

const ASTRO = packageFile('astro', 'bin/astro.mjs');
const ASTRO_ENV = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

function result(status: number | null, stdout: string, stderr: string, started: number): AstroRun {
	// eslint-disable-next-line no-control-regex -- colour codes are control characters by definition
	const output = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { ok: status === 0, output, ms: Math.round(performance.now() - started) };
}

/**
 * Runs `astro <command>` in `root` and waits for it. `sync` loads and checks the content without
 * rendering a page: the cheapest command that reaches a content error.
 */
export function runAstro(root: string, command: 'build' | 'sync' = 'build', env: Record<string, string> = {}): AstroRun {
	const started = performance.now();
	const run = spawnSync(process.execPath, [ASTRO, command], {
		cwd: root,
		env: { ...process.env, ...ASTRO_ENV, ...env },
		encoding: 'utf8',
		timeout: 300_000,
	});
	return result(run.status, run.stdout ?? '', run.stderr ?? '', started);
}

/** The same, without blocking: for builds that the test run makes side by side. */
export function runAstroAsync(root: string, command: 'build' | 'sync' = 'build'): Promise<AstroRun> {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [ASTRO, command], { cwd: root, env: { ...process.env, ...ASTRO_ENV } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (status) => resolve(result(status, stdout, stderr, started)));
	});
}
