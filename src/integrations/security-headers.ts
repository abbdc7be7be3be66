/**
 * After the build: checks that every inline script of the pages is one the code wrote
 * (src/lib/security/code-scripts.ts), and fails the build naming the page and its source file
 * otherwise; then writes into each page's `<meta>` a Content-Security-Policy allowing that page's
 * own scripts, and the server configurations that send it as a header with the other security
 * and cache headers (`dist/_headers`, `dist/.htaccess`, `deploy/nginx/`). The hashes allowed
 * come from the code, never from what the pages happen to hold.
 *
 * Runs after Starlight's Pagefind step and before the service worker is generated, so that the
 * worker precaches the pages as they are served.
 *
 * Linear in the number of pages and light on memory: one pass reads each page to collect its
 * scripts' hashes (each distinct script hashed once), a second rewrites it; only the hashes are
 * kept between them, never the pages, and at most FILE_CONCURRENCY files are open at once.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site.ts';
import { contentSecurityPolicy, hashedInlineScripts, scriptHash, withCspMeta } from '../lib/security/csp.ts';
import {
	bundledScriptsPlugin,
	companyScripts,
	componentInlineScripts,
	refusedScripts,
	type AllowedScripts,
} from '../lib/security/code-scripts.ts';
import { errorPageUrl } from '../lib/contributor-errors.ts';
import { mapWithConcurrency } from '../lib/concurrency.ts';
import { apacheHtaccess, nginxServer, nginxSnippet, staticHostHeaders } from '../lib/deploy/server-config.ts';
import { NGINX_SERVER, NGINX_SNIPPET } from '../lib/deploy/paths.ts';

const FILE_CONCURRENCY = 16;

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

export function securityHeaders(site: SiteConfig): AstroIntegration {
	let root = process.cwd();
	const allowed: AllowedScripts = new Map();
	return {
		name: 'partenaire:security-headers',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, injectScript }) => {
				root = fileURLToPath(config.root);
				updateConfig({ vite: { plugins: [bundledScriptsPlugin(root, allowed)] } });
				// A company's own scripts, declared in one reviewed folder, run in every page's <head>.
				for (const script of companyScripts(root)) {
					injectScript('head-inline', script.text);
					allowed.set(scriptHash(script.text), script.file);
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const files = await htmlFiles(outDir);
				componentInlineScripts(root, allowed);
				// One policy for the whole site: a server sends the same header for every page.
				// Starlight's scripts are the same on every page: each distinct script is hashed
				// once, however many pages carry it, and each page's hashes are kept for its <meta>.
				const hashOf = new Map<string, string>();
				const pageHashes = new Map<string, Set<string>>();
				const refused: string[] = [];
				await mapWithConcurrency(files, FILE_CONCURRENCY, async (file) => {
					const scripts = hashedInlineScripts(await readFile(file, 'utf8'), hashOf);
					refused.push(...refusedScripts(root, relative(outDir, file).split(sep).join('/'), scripts, allowed));
					pageHashes.set(file, new Set(scripts.map((script) => script.hash)));
				});
				if (refused.length > 0)
					throw new Error(
						[
							`${refused.length} script${refused.length > 1 ? 's' : ''} que le code du site n’a pas écrit${refused.length > 1 ? 's' : ''} : la politique de sécurité ne les autorise pas.`,
							...[...new Set(refused)].map((line) => `  - ${line}`),
							'  Correction : supprimez le script de la page ; un script d’une entreprise se déclare dans un fichier de entreprise/scripts/, relu comme du code.',
							`  Aide : ${errorPageUrl('script-non-autorise')}`,
						].join('\n'),
					);
				const hashes = new Set(hashOf.values());
				// The header, one for the whole site, allows every inline script of the site; each
				// page's <meta> allows only its own. A browser enforces both, so a page runs its own
				// scripts and nothing else, and its <head> carries fewer hashes.
				await mapWithConcurrency(files, FILE_CONCURRENCY, async (file) => {
					const html = await readFile(file, 'utf8');
					const policy = contentSecurityPolicy({ scriptHashes: pageHashes.get(file) ?? [], forHeader: false });
					await writeFile(file, withCspMeta(html, policy));
				});

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
					`${files.length} pages, ${hashes.size} inline scripts hashed, server snippets written in ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}
