/**
 * What a company's IT department receives: the archive of `npm run package`, and a Dockerfile that
 * uses exactly the nginx snippet the browser tests serve (no Docker engine runs here).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';
import { writeNginxConf } from '../../scripts/lib/nginx.ts';
import { NGINX_SERVER, NGINX_SNIPPET, NGINX_SNIPPET_IN_IMAGE } from '../../src/lib/deploy/paths.ts';

describe('npm run package', () => {
	it('packs the built site, the server configurations, the Dockerfile and the note', () => {
		const out = mkdtempSync(join(tmpdir(), 'partenaire-paquets-'));
		const run = spawnSync(process.execPath, ['scripts/package.ts', '--no-build', '--out', out], {
			cwd: PROJECT_ROOT,
			encoding: 'utf8',
		});
		expect(run.status, run.stderr).toBe(0);
		const archive = /Paquet prêt : (.+\.tar\.gz)/.exec(run.stdout)?.[1] ?? '';
		expect(archive).toMatch(/partenaire-[0-9a-f]{7,}-\d{4}-\d{2}-\d{2}(?:-modifie)?\.tar\.gz$/);
		const files = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' })
			.split('\n')
			.map((line) => line.replace(/^[^/]+\//, ''));
		for (const expected of [
			'dist/index.html',
			'dist/404.html',
			'dist/.htaccess',
			'dist/_headers',
			NGINX_SNIPPET,
			NGINX_SERVER,
			'Dockerfile',
			'LISEZMOI.txt',
		]) {
			expect(files).toContain(expected);
		}
	});
});

describe('the Dockerfile', () => {
	const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
	const copies = [...dockerfile.matchAll(/^COPY (\S+) (\S+)$/gm)].map(([, from, to]) => ({ from, to }));

	it('starts from the official nginx image', () => {
		expect(dockerfile).toMatch(/^FROM nginx:[\w.-]+$/m);
	});

	it('copies the snippet the tests serve to where the generated server block includes it', () => {
		expect(copies).toContainEqual({ from: NGINX_SNIPPET, to: NGINX_SNIPPET_IN_IMAGE });
		expect(readFileSync(join(PROJECT_ROOT, NGINX_SERVER), 'utf8')).toContain(`include ${NGINX_SNIPPET_IN_IMAGE};`);
		// The nginx of the browser tests includes that same file: what the tests pass is what the image serves.
		const conf = readFileSync(
			writeNginxConf({ projectDir: mkdtempSync(join(tmpdir(), 'partenaire-nginx-')), basePath: '/guide/', port: 1 }),
			'utf8',
		);
		expect(conf).toMatch(new RegExp(`include [^;]*/${NGINX_SNIPPET.replaceAll('.', '\\.')};`));
	});

	it('copies the generated server block and the built site under the base path', () => {
		expect(copies).toContainEqual({ from: NGINX_SERVER, to: '/etc/nginx/conf.d/default.conf' });
		expect(copies).toContainEqual({ from: 'dist/', to: '/usr/share/nginx/html${BASE_PATH}' });
	});
});
