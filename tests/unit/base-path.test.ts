import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { withBase } from '../../src/lib/base-path.ts';
import { basePathLinksPlugin } from '../../src/lib/markdown/base-path-links.ts';

describe('withBase', () => {
	it.each([
		// a root-absolute link gets the base
		['/guides/a/', '/guide-assistants/', '/guide-assistants/guides/a/'],
		// with its hash
		['/guides/a/#b', '/guide-assistants/', '/guide-assistants/guides/a/#b'],
		// the home page
		['/', '/guide-assistants/', '/guide-assistants/'],
		// a link already under the base is left alone
		['/guide-assistants/guides/a/', '/guide-assistants/', '/guide-assistants/guides/a/'],
		// the base itself without its slash
		['/guide-assistants', '/guide-assistants/', '/guide-assistants'],
		// at the root nothing changes
		['/guides/a/', '/', '/guides/a/'],
		// hashes, relative links, other hosts and protocols are left alone
		['#section', '/g/', '#section'],
		['../a/', '/g/', '../a/'],
		['//cdn.example/x', '/g/', '//cdn.example/x'],
		['mailto:a@b.fr', '/g/', 'mailto:a@b.fr'],
	])('%s under %s', (href, base, expected) => {
		expect(withBase(href, base)).toBe(expected);
	});
});

describe('links of the Markdown pages', () => {
	it('get the base path', async () => {
		const { html } = await markdownToHtml('[Confiance](/guides/piliers-de-la-confiance/) et [section](#x)', {
			hastPlugins: [basePathLinksPlugin('/guide-assistants/')],
		});
		expect(html).toContain('href="/guide-assistants/guides/piliers-de-la-confiance/"');
		expect(html).toContain('href="#x"');
	});
});
