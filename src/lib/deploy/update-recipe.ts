/**
 * How a company updates its copy of the guide with git: its own files sit in `entreprise/`, on its
 * own branch, and upstream never writes there, so pulling upstream merges without conflict. The
 * note of the package prints these commands; `/heberger/` gives them too, under a test.
 */
import { OVERLAY_DIR } from '../overlay/layout.ts';

/** Where a company's branch is kept and what it is called in the recipe. */
export const COMPANY_BRANCH = 'entreprise';
export const UPSTREAM_BRANCH = 'main';

/** Once: a branch of its own, where the company commits its `entreprise/` folder. */
export const FIRST_TIME = [
	`git switch -c ${COMPANY_BRANCH}`,
	`git add ${OVERLAY_DIR}/`,
	`git commit -m "Notre édition du guide"`,
] as const;

/** At each new version of the guide: merge upstream, install, rebuild. */
export const EACH_UPDATE = [
	`git switch ${COMPANY_BRANCH}`,
	`git pull --no-rebase origin ${UPSTREAM_BRANCH}`,
	'npm ci',
	'npm run package',
] as const;
