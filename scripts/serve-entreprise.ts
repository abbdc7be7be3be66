/**
 * Playwright's web server for the company tests: Debian's nginx serving the build of the
 * `entreprise` fixture through the generated snippet (`npm run build:entreprise` makes the build).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COMPANY_BASE, COMPANY_DIR, COMPANY_PORT } from './lib/company-site.ts';
import { writeNginxConf } from './lib/nginx.ts';

if (!existsSync(join(COMPANY_DIR, 'dist/index.html'))) {
	console.error(`No company build in ${COMPANY_DIR}: run \`npm run build:entreprise\` first.`);
	process.exit(1);
}
const conf = writeNginxConf({ projectDir: COMPANY_DIR, basePath: COMPANY_BASE, port: COMPANY_PORT });
const nginx = spawn('nginx', ['-c', conf], { stdio: 'inherit' });
nginx.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGQUIT'));
