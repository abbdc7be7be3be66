import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderItems } from '../../src/config/sidebar.ts';

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
