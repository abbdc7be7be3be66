/**
 * The guide as a fictitious company hosts it, for the tests: the real content with the overlay of
 * `tests/fixtures/entreprise/` (name, logo, colour, base path, a hidden guide, local pages), built
 * into one folder and served there by Debian's nginx.
 */
import { join } from 'node:path';
import { copyProject, PROJECT_ROOT, runAstro, TEST_BUILDS } from './project-copy.ts';

export const COMPANY_DIR = join(TEST_BUILDS, 'entreprise');
/** The company's overlay: test data that the build copies over the project. */
const COMPANY_OVERLAY = join(PROJECT_ROOT, 'tests/fixtures/entreprise');
export const COMPANY_BASE = '/guide-assistants/';
/** Several worktrees may test at once: each can pick its own port. */
export const COMPANY_PORT = Number(process.env['NGINX_PORT'] ?? 4500);

/** Copies the project with the company's overlay into `dir` and builds it there (default: COMPANY_DIR). */
export function buildCompanyCopy(dir = COMPANY_DIR): ReturnType<typeof runAstro> {
	return runAstro(copyProject(dir, { content: true, layers: [COMPANY_OVERLAY] }));
}
