/**
 * Builds plain Starlight (its defaults, in French) with the same pages as ours, as Markdown: the
 * reference that the weight budgets of tests/dist/budgets.test.ts compare our pages with, measured
 * in the same test run so that an edit of the prose moves both sides alike.
 */
import { join } from 'node:path';
import { PLAIN_STARLIGHT_DIR, plainProject } from './bench/projects.ts';
import { runAstro } from './lib/project-copy.ts';

const build = runAstro(plainProject(0, PLAIN_STARLIGHT_DIR));
if (!build.ok) {
	console.error(build.output);
	process.exit(1);
}
console.log(`Plain Starlight built in ${join(PLAIN_STARLIGHT_DIR, 'dist')} (${(build.ms / 1000).toFixed(1)} s)`);
