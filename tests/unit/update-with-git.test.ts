/**
 * The update recipe of `/heberger/` and of the package's note, run for real: an upstream
 * repository, a company's clone with its `entreprise/` overlay committed on its own branch, a
 * second upstream commit that changes `content/site.yaml` and a guide, then the recipe's own git
 * commands. The merge must finish without conflict and the result carry both sides.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { COMPANY_BRANCH, EACH_UPDATE, FIRST_TIME, UPSTREAM_BRANCH } from '../../src/lib/deploy/update-recipe.ts';

const GIT_ENV = {
	...process.env,
	GIT_AUTHOR_NAME: 'Test',
	GIT_AUTHOR_EMAIL: 'test@example.invalid',
	GIT_COMMITTER_NAME: 'Test',
	GIT_COMMITTER_EMAIL: 'test@example.invalid',
	GIT_CONFIG_GLOBAL: '/dev/null',
	GIT_CONFIG_NOSYSTEM: '1',
};

function run(cwd: string, command: string): string {
	// The recipe's commands are plain words, with one quoted commit message.
	const args = [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
	const [program = '', ...rest] = args;
	return execFileSync(program, rest, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const GUIDE = 'content/docs/guides/guide-exemple.mdx';

describe('updating a company copy with git', () => {
	it('merges a new upstream version without conflict, keeping the company’s settings and pages', () => {
		const tmp = mkdtempSync(join(tmpdir(), 'partenaire-maj-'));
		const upstream = join(tmp, 'guide');
		const company = join(tmp, 'entreprise');

		// Upstream's first version: the minimal content of the fixtures.
		cpSync(join(PROJECT_ROOT, 'tests/fixtures/_base'), upstream, { recursive: true });
		run(upstream, `git init -q -b ${UPSTREAM_BRANCH}`);
		run(upstream, 'git add -A');
		run(upstream, 'git commit -q -m "Version 1"');

		// The company clones it and commits its overlay on its own branch, as the recipe says.
		run(tmp, `git clone -q ${upstream} ${company}`);
		mkdirSync(join(company, 'entreprise/docs'), { recursive: true });
		writeFileSync(
			join(company, 'entreprise/site.yaml'),
			'organisation: Groupe Exemplaire\nbasePath: /guide-assistants/\nhiddenPages: [guides/guide-exemple]\n',
		);
		writeFileSync(join(company, 'entreprise/docs/contacts.mdx'), '---\ntitle: Nos contacts\n---\n\nLe réseau.\n');
		for (const command of FIRST_TIME) run(company, command);

		// Upstream's second version changes its settings and a guide.
		const site = readFileSync(join(upstream, 'content/site.yaml'), 'utf8');
		writeFileSync(
			join(upstream, 'content/site.yaml'),
			`# Nouvelle version du guide.\n${site.replace(/^contact: .*$/m, 'contact: https://partenaire.example/contact/')}`,
		);
		writeFileSync(join(upstream, GUIDE), `${readFileSync(join(upstream, GUIDE), 'utf8')}\nUn paragraphe de la version 2.\n`);
		run(upstream, 'git commit -q -am "Version 2"');

		// The recipe's git commands, as a company runs them.
		for (const command of EACH_UPDATE.filter((line) => line.startsWith('git '))) run(company, command);

		expect(run(company, 'git status --porcelain')).toBe('');
		expect(run(company, 'git branch --show-current').trim()).toBe(COMPANY_BRANCH);
		expect(readFileSync(join(company, GUIDE), 'utf8')).toContain('Un paragraphe de la version 2.');
		expect(loadSiteConfig(company)).toMatchObject({
			organisation: 'Groupe Exemplaire',
			basePath: '/guide-assistants/',
			hiddenPages: ['guides/guide-exemple'],
			contact: 'https://partenaire.example/contact/',
		});
	});
});
