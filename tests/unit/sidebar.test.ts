import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDER_SIDEBAR_LIMIT, FOLDER_SIDEBAR_SHOWN, folderItems, summariseFolder } from '../../src/config/sidebar.ts';

function docs(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'partenaire-sidebar-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('sidebar groups from folders', () => {
	it('lists the pages of a folder by sidebar.order, then by title, leaving out hidden and private ones', () => {
		const root = docs({
			'guides/b.mdx': '---\ntitle: Bêta\nsidebar:\n  order: 2\n---\n',
			'guides/a.mdx': '---\ntitle: Alpha\nsidebar:\n  order: 1\n---\n',
			'guides/z.md': '---\ntitle: Après les ordonnés\n---\n',
			'guides/y.mdx': '---\ntitle: Ailleurs\n---\n',
			'guides/cache.mdx': '---\ntitle: Caché\nsidebar:\n  hidden: true\n---\n',
			'guides/_brouillon.mdx': '---\ntitle: Brouillon\n---\n',
			'guides/index.mdx': '---\ntitle: Tous les guides\nsidebar:\n  order: 0\n---\n',
		});
		expect(folderItems(root, 'guides')).toEqual([
			{ slug: 'guides' },
			{ slug: 'guides/a' },
			{ slug: 'guides/b' },
			{ slug: 'guides/y' },
			{ slug: 'guides/z' },
		]);
	});

	it('gives nothing for a folder that does not exist', () => {
		expect(folderItems(docs({}), 'interne')).toEqual([]);
	});
});

describe('long folders in the sidebar', () => {
	const slugs = (count: number) =>
		Array.from({ length: count }, (_, index) => `interne/page-${String(index + 1).padStart(3, '0')}`);
	const withIndex = (name: string) => name === 'index.mdx';

	it(`lists a folder of ${FOLDER_SIDEBAR_LIMIT} pages in full, index included`, () => {
		const items = summariseFolder('interne', ['interne', ...slugs(FOLDER_SIDEBAR_LIMIT)], withIndex);
		expect(items).toHaveLength(FOLDER_SIDEBAR_LIMIT + 1);
		expect(items[0]).toEqual({ slug: 'interne' });
	});

	it('shows the first pages of a longer folder, then a link to its index that counts them all', () => {
		expect(summariseFolder('interne', ['interne', ...slugs(2000)], withIndex)).toEqual([
			...slugs(FOLDER_SIDEBAR_SHOWN).map((slug) => ({ slug })),
			{ label: 'Toutes les pages (2\u202f000)', link: '/interne/' },
		]);
	});

	it('accepts an index written in Markdown', () => {
		expect(summariseFolder('interne', slugs(60), (name) => name === 'index.md').at(-1)).toEqual({
			label: 'Toutes les pages (60)',
			link: '/interne/',
		});
	});

	it('asks for an index when a long folder has none', () => {
		expect(() => summariseFolder('interne', slugs(60), () => false)).toThrow(
			[
				'content/docs/interne/ : un dossier de pages trop long pour le menu n’a pas de sommaire.',
				'  - le dossier compte 60 pages, plus que les 50 que le menu affiche : ajoutez content/docs/interne/index.mdx, une page qui présente les pages du dossier et y mène.',
				'  Aide : /contribuer/erreurs/dossier-sans-sommaire/',
			].join('\n'),
		);
	});

	it('reads a long folder from disk', () => {
		const files = Object.fromEntries(slugs(60).map((slug) => [`${slug}.md`, `---\ntitle: ${slug}\n---\n`]));
		const root = docs({ ...files, 'interne/index.mdx': '---\ntitle: Chez nous\n---\n' });
		expect(folderItems(root, 'interne')).toHaveLength(FOLDER_SIDEBAR_SHOWN + 1);
	});
});
