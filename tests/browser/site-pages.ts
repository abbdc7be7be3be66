/** Every page of the built site, read from its sitemap: the sweeps cover new pages by themselves. */
import { readFileSync } from 'node:fs';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

export function sitemapPaths(): string[] {
	const { siteUrl } = loadSiteConfig();
	const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
	const origin = new URL(siteUrl).origin;
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '', origin).pathname);
}

/** An address inside the site that has no page: it must get the French 404. */
export function notFoundPath(): string {
	return `${loadSiteConfig().basePath}page-qui-n-existe-pas/`;
}
