/**
 * After the build: hashes every inline script of the pages, writes one Content-Security-Policy
 * into each page's `<meta>`, and the server configurations that send it as a header with the
 * other security and cache headers (`dist/_headers`, `dist/.htaccess`, `deploy/nginx/`).
 *
 * Runs after Starlight's Pagefind step and before the service worker is generated, so that the
 * worker precaches the pages as they are served.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site.ts';
import { contentSecurityPolicy, inlineScripts, scriptHash, withCspMeta } from '../lib/security/csp.ts';
import { apacheHtaccess, nginxServer, nginxSnippet, staticHostHeaders } from '../lib/deploy/server-config.ts';
import { NGINX_SERVER, NGINX_SNIPPET } from '../lib/deploy/paths.ts';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

export function securityHeaders(site: SiteConfig): AstroIntegration {
	return {
		name: 'partenaire:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const files = await htmlFiles(outDir);
				const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
				// One policy for the whole site: a server sends the same header for every page.
				const hashes = new Set(pages.flatMap(({ html }) => inlineScripts(html).map(scriptHash)));
				const metaPolicy = contentSecurityPolicy({ scriptHashes: hashes, forHeader: false });
				await Promise.all(pages.map(({ file, html }) => writeFile(file, withCspMeta(html, metaPolicy))));

				const options = {
					csp: contentSecurityPolicy({ scriptHashes: hashes, forHeader: true }),
					basePath: site.basePath,
					noindex: site.noindex,
				};
				const projectDir = join(outDir, '..');
				await mkdir(dirname(join(projectDir, NGINX_SNIPPET)), { recursive: true });
				await Promise.all([
					writeFile(join(outDir, '_headers'), staticHostHeaders(options)),
					writeFile(join(outDir, '.htaccess'), apacheHtaccess(options)),
					writeFile(join(projectDir, NGINX_SNIPPET), nginxSnippet(options)),
					writeFile(join(projectDir, NGINX_SERVER), nginxServer(options)),
				]);
				logger.info(
					`${pages.length} pages, ${hashes.size} inline scripts hashed, server snippets written in ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}
