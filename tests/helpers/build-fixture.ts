/**
 * Builds a fixture: the project's code with the content of `tests/fixtures/_base/` overlaid by
 * the files of `tests/fixtures/<name>/`, so each case states only what it breaks.
 *
 * The build runs inside the repository (`tests/.fixture-builds/<name>/`) so that packages resolve
 * from the project's own node_modules, exactly as in a contributor's checkout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { packageFile } from '../../scripts/package-bin.mjs';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
const BUILDS = join(PROJECT_ROOT, 'tests/.fixture-builds');
/** What a fixture shares with the real project: its code, never its content. */
const PROJECT_CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface FixtureBuild {
	ok: boolean;
	/** Everything the build printed, without colour codes. */
	output: string;
	root: string;
	dist: string;
}

export interface FixtureOptions {
	/** The content the case is laid over: the minimal `_base`, or the real guide (`project`). */
	over?: '_base' | 'project';
}

export function buildFixture(name: string, { over = '_base' }: FixtureOptions = {}): FixtureBuild {
	const root = join(BUILDS, name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of PROJECT_CODE) {
		if (existsSync(join(PROJECT_ROOT, entry))) cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
	}
	if (over === 'project') cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
	else cpSync(join(FIXTURES, '_base'), root, { recursive: true });
	if (name !== '_base') cpSync(join(FIXTURES, name), root, { recursive: true });
	const astro = packageFile('astro', 'bin/astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
		timeout: 170_000,
	});
	// eslint-disable-next-line no-control-regex -- colour codes are control characters by definition
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { ok: result.status === 0, output, root, dist: join(root, 'dist') };
}
