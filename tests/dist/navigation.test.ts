/** The sidebar of every page leads to every guide, path and template. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';
import { htmlPages } from '../helpers/dist.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const { basePath } = loadSiteConfig();
const pagesOf = (folder: string) =>
	readdirSync(join(PROJECT_ROOT, 'content/docs', folder))
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => `${basePath}${folder}/${name === 'index.mdx' ? '' : `${name.replace(/\.mdx?$/, '')}/`}`);
/** A reader's sidebar leads to every guide and path, and to the templates' index. */
const readerLinks = [...pagesOf('guides'), ...pagesOf('parcours'), `${basePath}modeles/`];
/** On a template's page, the templates' section opens on every template. */
const templateLinks = pagesOf('modeles');

function sidebarLinks(html: string): Set<string | undefined> {
	const sidebar = /<nav class="sidebar[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
	return new Set([...sidebar.matchAll(/href="([^"]+)"/g)].map((match) => match[1]));
}

describe('sidebar', () => {
	// The home and 404 pages use Starlight's splash template, which has no sidebar.
	const pages = htmlPages().filter((page) => !['index.html', '404.html'].includes(page.path));
	// Contributors and hosts have a sidebar of their own, which leads back to the guide.
	const contributorPage = (path: string) => /^(?:contribuer|heberger)\//.test(path);

	for (const { path, html } of pages.filter((page) => !contributorPage(page.path))) {
		it(`${path} links to every guide, path and the templates`, () => {
			const links = sidebarLinks(html);
			const expected = path.startsWith('modeles/') ? [...readerLinks, ...templateLinks] : readerLinks;
			expect(expected.filter((href) => !links.has(href))).toEqual([]);
			expect([...links].filter((href) => /\/(?:contribuer|heberger)\//.test(href ?? ''))).toEqual([]);
		});
	}

	for (const { path, html } of pages.filter((page) => contributorPage(page.path))) {
		it(`${path} has the contributors' sidebar, with the way back to the guide`, () => {
			const links = sidebarLinks(html);
			expect(links.has(basePath)).toBe(true);
			expect(pagesOf('guides').filter((href) => links.has(href))).toEqual([]);
		});
	}
});
