/**
 * Every page of a built site, read from its HTML files: the sweeps cover new pages by themselves.
 * Not from the sitemap, which a copy without a public address (`siteUrl`) does not have.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';
import { htmlPages } from '../helpers/dist.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

/** The address of every page of the build in `projectDir` (default: this project), but its 404, in order. */
export function sitePaths(projectDir = PROJECT_ROOT): string[] {
	const { basePath } = loadSiteConfig(projectDir);
	return htmlPages(join(projectDir, 'dist'))
		.map((page) => page.path.split('\\').join('/'))
		.filter((path) => path.endsWith('index.html'))
		.map((path) => `${basePath}${path.slice(0, -'index.html'.length)}`)
		.sort();
}

/** An address inside the site that has no page: it must get the French 404. */
export function notFoundPath(basePath: string): string {
	return `${basePath}page-qui-n-existe-pas/`;
}

/**
 * The kind of a page, from its address: a section's index (`guides/`) and its pages
 * (`guides/x/`) are two kinds, each top-level page is its own. Pages of one kind share a layout.
 */
export function pageKind(path: string, basePath: string): string {
	const segments = path.slice(basePath.length).split('/').filter(Boolean);
	return segments.length <= 1 ? (segments[0] ?? 'accueil') : `${segments.slice(0, -1).join('/')}/*`;
}

/** The first page of each kind, in the order of sitePaths(). */
export function onePerKind(paths: string[], basePath = commonBase(paths)): string[] {
	const seen = new Map<string, string>();
	for (const path of paths) if (!seen.has(pageKind(path, basePath))) seen.set(pageKind(path, basePath), path);
	return [...seen.values()];
}

/** The base path every page's address starts with (the home page's address). */
function commonBase(paths: string[]): string {
	return paths.reduce((shortest, path) => (path.length < shortest.length ? path : shortest), paths[0] ?? '/');
}
