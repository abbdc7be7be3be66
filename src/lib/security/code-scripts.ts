/**
 * The inline scripts the site's code writes, and only those: the Content-Security-Policy allows
 * these hashes and no other, so that a script a content file smuggles into a page is refused by
 * the build instead of being trusted by the policy.
 *
 * Three sources, all code: the `is:inline` scripts of the `.astro` components (ours in src/,
 * Starlight's), exactly as written; the scripts Vite bundles from a component's `<script>` and
 * Astro inlines into pages (recorded while the client bundle is written); and a company's own
 * scripts, one reviewed file each in `entreprise/scripts/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { scriptHash } from './csp.ts';

/** Our components, and the packages whose `.astro` components' `is:inline` scripts reach the pages. */
export const COMPONENT_DIRS = ['src'];
export const COMPONENT_PACKAGES = ['@astrojs/starlight'];
/** Where a company declares a script of its own: one `.js` file per script, reviewed like code. */
export const COMPANY_SCRIPTS_DIR = 'entreprise/scripts';

/** Hash of an allowed script → the file it comes from, to explain the policy. */
export type AllowedScripts = Map<string, string>;

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

function astroFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.astro') && !name.split(sep).includes('node_modules'))
		.map((name) => join(dir, name));
}

/** Where Node finds a package from the project: its node_modules, or a parent's (a fixture's copy). */
function packageDir(root: string, name: string): { dir: string; base: string } | undefined {
	for (let base = root; ; base = dirname(base)) {
		const dir = join(base, 'node_modules', name);
		if (existsSync(join(dir, 'package.json'))) return { dir, base };
		if (dirname(base) === base) return undefined;
	}
}

/** The `is:inline` scripts of the components, as they are written into the pages. */
export function componentInlineScripts(root: string, allowed: AllowedScripts = new Map()): AllowedScripts {
	const dirs = [
		...COMPONENT_DIRS.map((dir) => ({ dir: join(root, dir), base: root })),
		...COMPONENT_PACKAGES.flatMap((name) => packageDir(root, name) ?? []),
	];
	for (const { dir, base } of dirs)
		for (const file of astroFiles(dir))
			for (const [, attributes = '', body = ''] of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT))
				if (/\bis:inline\b/.test(attributes) && !/\bsrc=/.test(attributes) && !/\bdefine:vars\b/.test(attributes))
					allowed.set(scriptHash(body), relative(base, file).split(sep).join('/'));
	return allowed;
}

/** A company's scripts: file name → text, in name order. */
export function companyScripts(root: string): { file: string; text: string }[] {
	const dir = join(root, COMPANY_SCRIPTS_DIR);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.js'))
		.sort()
		.map((name) => ({ file: `${COMPANY_SCRIPTS_DIR}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** A component's `<script>` as Vite sees it: `src/components/X.astro?astro&type=script&index=0&lang.ts`. */
const COMPONENT_SCRIPT = /^(.+\.astro)\?astro&type=script/;

/**
 * Records the scripts Vite bundles from components' `<script>` tags, before Astro inlines the
 * small ones into the pages (its own `generateBundle` removes them from the bundle). Content
 * pages cannot have such scripts: MDX writes a `<script>` into the HTML as it stands.
 */
export function bundledScriptsPlugin(root: string, allowed: AllowedScripts): Plugin {
	return {
		name: 'partenaire:bundled-scripts',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			order: 'pre',
			handler(_options, bundle) {
				for (const output of Object.values(bundle)) {
					if (output.type !== 'chunk' || !output.facadeModuleId) continue;
					const [, component] = COMPONENT_SCRIPT.exec(output.facadeModuleId) ?? [];
					if (!component) continue;
					const file = relative(root, component).split(sep).join('/');
					if (/^(?:content|entreprise)\//.test(file)) continue;
					allowed.set(scriptHash(output.code.trim()), file);
				}
			},
		},
	};
}

/** The content file a built page comes from (`guides/x/index.html` → `content/docs/guides/x.mdx`). */
export function sourceOfPage(root: string, page: string): string {
	const id = page.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '') || 'index';
	for (const folder of ['content/docs', 'entreprise/docs'])
		for (const candidate of [`${id}.mdx`, `${id}.md`, `${id}/index.mdx`, `${id}/index.md`])
			if (existsSync(join(root, folder, candidate))) return `${folder}/${candidate}`;
	return 'une page de src/pages/';
}

/** The inline scripts of a built page that no code wrote, each named with its page and source file. */
export function refusedScripts(
	root: string,
	page: string,
	scripts: readonly { text: string; hash: string }[],
	allowed: AllowedScripts,
): string[] {
	return scripts
		.filter((script) => !allowed.has(script.hash))
		.map((script) => script.text)
		.map(
			(script) =>
				`${sourceOfPage(root, page)} (dist/${page}) : script « ${script.trim().replace(/\s+/g, ' ').slice(0, 60)} » écrit par aucun composant du site.`,
		);
}
