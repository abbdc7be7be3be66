import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { findConflictMarkers } from '../../src/lib/overlay/conflict-markers.ts';
import { pageIdOf, resolvePublication } from '../../src/lib/overlay/publication.ts';
import { linkedPageId, pruneHiddenItems, withoutHidden } from '../../src/lib/overlay/hidden-targets.ts';
import { recountGuides } from '../../src/lib/overlay/guide-count.ts';

const UPSTREAM_SITE =
	'organisation: Partenaire\naccentColor: "#0b6e69"\ncontact: a@b.example\nsiteUrl: https://partenaire.example\n';
const guide = (checklists: string[]) => `---\ntitle: T\ntype: guide\nchecklists: [${checklists.join(', ')}]\n---\n`;

function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'partenaire-overlay-'));
	for (const [path, text] of Object.entries({ 'content/site.yaml': UPSTREAM_SITE, ...files })) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('entreprise/site.yaml over content/site.yaml', () => {
	it('overrides field by field and keeps upstream’s other fields', () => {
		const root = project({ 'entreprise/site.yaml': 'organisation: ACME\nbasePath: /guide/\n' });
		expect(loadSiteConfig(root)).toMatchObject({ organisation: 'ACME', basePath: '/guide/', contact: 'a@b.example' });
	});

	it('names the company’s file when its value is wrong, upstream’s when upstream’s is', () => {
		expect(() => loadSiteConfig(project({ 'entreprise/site.yaml': 'accentColor: rouge\n' }))).toThrow(
			/^entreprise\/site\.yaml : /,
		);
		expect(() => loadSiteConfig(project({ 'content/site.yaml': UPSTREAM_SITE.replace('a@b.example', 'x') }))).toThrow(
			/^content\/site\.yaml : /,
		);
	});

	it('gives the line of the wrong value in the file that sets it', () => {
		expect(() => loadSiteConfig(project({ 'entreprise/site.yaml': 'organisation: ACME\ncontact: le service RH\n' }))).toThrow(
			/^entreprise\/site\.yaml : .*\n {2}- ligne 2, champ « contact » : /,
		);
	});

	it('reads the company’s logo from entreprise/public/', () => {
		const root = project({ 'entreprise/site.yaml': 'logo: logo.svg\n', 'entreprise/public/logo.svg': '<svg/>' });
		expect(loadSiteConfig(root).logoFile).toBe('entreprise/public/logo.svg');
		expect(() => loadSiteConfig(project({ 'entreprise/site.yaml': 'logo: logo.svg\n' }))).toThrow(
			/entreprise\/public\/logo\.svg n’existe pas/,
		);
	});

	it('accepts a folder in hiddenPages and refuses one that does not exist', () => {
		const files = { 'content/docs/contribuer/index.mdx': '---\ntitle: C\n---\n' };
		expect(loadSiteConfig(project({ ...files, 'entreprise/site.yaml': 'hiddenPages: [contribuer/]\n' })).hiddenPages).toEqual([
			'contribuer/',
		]);
		expect(() => loadSiteConfig(project({ ...files, 'entreprise/site.yaml': 'hiddenPages: [ailleurs/]\n' }))).toThrow(
			/champ « hiddenPages\.0 » : aucune page ni aucun dossier « ailleurs\/ »/,
		);
	});

	it('stops on a half-finished merge, naming the file and the line, before reading YAML', () => {
		const root = project({
			'entreprise/site.yaml': 'organisation: ACME\n<<<<<<< HEAD\nbasePath: /a/\n=======\nbasePath: /b/\n>>>>>>> main\n',
		});
		expect(findConflictMarkers(root)).toEqual([{ file: 'entreprise/site.yaml', line: 2 }]);
		expect(() => loadSiteConfig(root)).toThrow(
			/entreprise\/site\.yaml : une fusion git n’est pas terminée\.\n {2}- ligne 2 : .*git merge --abort/,
		);
	});

	it('does not mistake a Markdown heading underline for a conflict', () => {
		expect(findConflictMarkers(project({ 'content/docs/a.md': 'Titre\n=======\n' }))).toEqual([]);
	});
});

describe('what a build publishes', () => {
	const files = {
		'content/docs/guides/a.mdx': guide(['a-1', 'partagee']),
		'content/docs/guides/b.mdx': guide(['b-1', 'partagee']),
		'content/docs/contribuer/index.mdx': '---\ntitle: C\n---\n',
		'content/docs/heberger.mdx': '---\ntitle: H\n---\n',
		'content/checklists/a-guide.yaml': 'guide: guides/a\n',
		'entreprise/docs/deplacements.mdx': '---\ntitle: D\n---\n',
	};

	it('gives the company’s pages their /interne/ ids', () => {
		expect(pageIdOf('entreprise/docs/deplacements.mdx')).toBe('interne/deplacements');
		expect(pageIdOf('content/docs/guides/index.mdx')).toBe('guides');
		expect(pageIdOf('content/docs/index.mdx')).toBe('index');
	});

	it('hides a page with its own checklists, keeps one a visible page shares, and hands it to that page', () => {
		const publication = resolvePublication({ hiddenPages: ['guides/a'], keepContributorDocs: true }, project(files));
		expect(publication.hidden.map((page) => page.id)).toEqual(['guides/a']);
		expect([...publication.hiddenChecklists].sort()).toEqual(['a-1', 'a-guide']);
		expect(publication.checklistGuides).toEqual(new Map([['partagee', 'guides/b']]));
		expect(publication.guides).toEqual({ upstream: 2, built: 1 });
	});

	it('leaves contributor and hosting docs out of a company build unless kept', () => {
		const root = project(files);
		const ids = (keep: boolean) =>
			resolvePublication({ hiddenPages: [], keepContributorDocs: keep }, root).hidden.map((page) => page.id);
		expect(ids(false)).toEqual(['contribuer', 'heberger']);
		expect(ids(true)).toEqual([]);
		const upstreamOnly = Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('entreprise/')));
		expect(resolvePublication({ hiddenPages: [], keepContributorDocs: false }, project(upstreamOnly)).hidden).toEqual([]);
	});
});

describe('links and lists that lead to hidden pages', () => {
	it.each([
		['/guides/a/', '/', 'guides/a'],
		['/guides/a/#section', '/', 'guides/a'],
		['/guide-assistants/guides/a/', '/guide-assistants/', 'guides/a'],
		['https://example.org/guides/a/', '/', undefined],
		['/', '/', 'index'],
	])('%s under %s targets %s', (href, base, id) => {
		expect(linkedPageId(href, base)).toBe(id);
	});

	it('drops sidebar entries and the groups left empty', () => {
		const sidebar = [
			{ label: 'Guides', items: [{ slug: 'guides/a' }] },
			{ label: 'Aide', link: '/contribuer/' },
			{ slug: 'guides/b' },
		];
		expect(withoutHidden(sidebar, new Set(['guides/a', 'contribuer']))).toEqual([{ slug: 'guides/b' }]);
	});

	it('drops the list items of the Markdown led by a hidden link, and only those', () => {
		const item = (url: string) => ({
			type: 'listItem',
			children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [] }] }],
		});
		const tree = { type: 'root', children: [{ type: 'list', children: [item('/guides/a/'), item('/guides/b/')] }] };
		expect(pruneHiddenItems(tree, new Set(['guides/a'])).children[0]?.children).toEqual([item('/guides/b/')]);
	});
});

describe('the count of guides', () => {
	it.each([
		// the count said in words follows what is built, capital kept
		['Les sept guides', 7, 6, 'Les six guides'],
		['Sept guides thématiques', 7, 6, 'Six guides thématiques'],
		['ses sept guides', 7, 2, 'ses deux guides'],
		// nothing changes when nothing is hidden, nor for another number
		['les sept guides', 7, 7, 'les sept guides'],
		['sept temps', 7, 6, 'sept temps'],
	])('%s (%i upstream, %i built) reads %s', (text, upstream, built, expected) => {
		expect(recountGuides(text, upstream, built)).toBe(expected);
	});
});
