/** The sidebar of every page leads to every guide, path and template. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';
import { htmlPages } from '../helpers/dist.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const { basePath } = loadSiteConfig();
const expected = ['guides', 'parcours', 'modeles'].flatMap((folder) =>
	readdirSync(join(PROJECT_ROOT, 'content/docs', folder))
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => `${basePath}${folder}/${name === 'index.mdx' ? '' : `${name.replace(/\.mdx?$/, '')}/`}`),
);

describe('sidebar', () => {
	// The home and 404 pages use Starlight's splash template, which has no sidebar.
	for (const { path, html } of htmlPages().filter((page) => !['index.html', '404.html'].includes(page.path))) {
		it(`${path} links to every guide, path and template`, () => {
			const sidebar = /<nav class="sidebar[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
			const links = new Set([...sidebar.matchAll(/href="([^"]+)"/g)].map((match) => match[1]));
			expect(expected.filter((href) => !links.has(href))).toEqual([]);
		});
	}
});
