/**
 * Builds a fixture: the project's code with the content of `tests/fixtures/_base/` (or the real
 * guide) overlaid by the files of `tests/fixtures/<name>/`, so each case states only what it
 * breaks. A case that fails while content loads runs `astro sync`, the cheapest command that
 * reaches the error; a case that needs pages rendered runs a whole build.
 */
import { join } from 'node:path';
import { copyProject, PROJECT_ROOT, runAstro, TEST_BUILDS } from '../../scripts/lib/project-copy.ts';

export { PROJECT_ROOT };
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');

export interface FixtureBuild {
	ok: boolean;
	/** Everything Astro printed, without colour codes. */
	output: string;
	root: string;
	dist: string;
}

export interface FixtureOptions {
	/** The content the case is laid over: the minimal `_base`, or the real guide (`project`). */
	over?: '_base' | 'project';
	/** `sync` loads and validates the content only; `build` renders every page. Default: build. */
	command?: 'build' | 'sync';
}

export function buildFixture(name: string, { over = '_base', command = 'build' }: FixtureOptions = {}): FixtureBuild {
	const layers = [...(over === '_base' ? [join(FIXTURES, '_base')] : []), ...(name === '_base' ? [] : [join(FIXTURES, name)])];
	const root = copyProject(join(TEST_BUILDS, name), { content: over === 'project', layers });
	const { ok, output } = runAstro(root, command);
	return { ok, output, root, dist: join(root, 'dist') };
}
