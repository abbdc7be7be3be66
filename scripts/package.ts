/**
 * `npm run package`: builds the guide and packs it with its server configurations, its
 * Dockerfile and a French note for the IT department into `paquets/partenaire-<commit>-<date>.tar.gz`,
 * named after the last commit of the content (see `src/lib/deploy/content-version.ts`).
 * `--no-build` packs the existing build; `--out DIR` writes the archive elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageFile } from './package-bin.mjs';
import { loadSiteConfig } from '../src/lib/site-config.ts';
import { lisezmoi } from '../src/lib/deploy/lisezmoi.ts';
import { NGINX_SERVER, NGINX_SNIPPET } from '../src/lib/deploy/paths.ts';
import { archiveName, contentVersion } from '../src/lib/deploy/content-version.ts';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' }, out: { type: 'string', default: 'paquets' } } });

if (!values['no-build']) {
	const build = spawnSync(process.execPath, [packageFile('astro', 'bin/astro.mjs'), 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
for (const required of ['dist/index.html', NGINX_SNIPPET, NGINX_SERVER]) {
	if (!existsSync(required)) {
		console.error(`${required} est absent : lancez \`npm run package\` sans --no-build.`);
		process.exit(1);
	}
}

const builtOn = new Date().toISOString().slice(0, 10);
const content = contentVersion(process.cwd(), builtOn);
const name = archiveName(content);
const staging = join(mkdtempSync(join(tmpdir(), 'partenaire-paquet-')), name);
// Same layout as the repository, so the Dockerfile works unchanged in the package.
cpSync('dist', join(staging, 'dist'), { recursive: true });
for (const file of [NGINX_SNIPPET, NGINX_SERVER]) {
	mkdirSync(dirname(join(staging, file)), { recursive: true });
	cpSync(file, join(staging, file));
}
cpSync('Dockerfile', join(staging, 'Dockerfile'));
writeFileSync(join(staging, 'LISEZMOI.txt'), lisezmoi({ content, builtOn, site: loadSiteConfig() }));

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const archive = join(out, `${name}.tar.gz`);
const tar = spawnSync('tar', ['-czf', archive, '-C', dirname(staging), name], { stdio: 'inherit' });
rmSync(dirname(staging), { recursive: true, force: true });
if (tar.status !== 0) process.exit(tar.status ?? 1);
console.log(`Paquet prêt : ${archive}`);
