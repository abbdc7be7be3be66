/** Every page of a built site, read from its sitemap: the sweeps cover new pages by themselves. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';

/** The paths of the sitemap of the build in `projectDir` (default: this project). */
export function sitemapPaths(projectDir = PROJECT_ROOT): string[] {
	const xml = readFileSync(join(projectDir, 'dist/sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** An address inside the site that has no page: it must get the French 404. */
export function notFoundPath(basePath: string): string {
	return `${basePath}page-qui-n-existe-pas/`;
}
