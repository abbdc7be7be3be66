/**
 * The sidebar, built from the folders of `content/docs/`: adding a guide or a template adds it
 * here with no change to code. Order inside a group comes from each page's `sidebar.order`, then
 * its title.
 *
 * Starlight's own `autogenerate` finds pages by their path under `src/content/docs`; ours live in
 * `content/docs`, so the folder is read here and each page is listed by its slug.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SiteConfig } from '../schemas/site.ts';
import { LOCAL_PAGES_DIR } from '../lib/local-pages.ts';

interface FolderPage {
	slug: string;
	title: string;
	order: number;
}

/** What a page's front matter says about its place in the sidebar. */
function readFrontMatter(file: string): { title?: unknown; sidebar?: { order?: unknown; hidden?: unknown } } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	// A malformed front matter is reported, with its line, by the content collection itself.
	try {
		return (match ? parse(match[1] ?? '') : {}) ?? {};
	} catch {
		return {};
	}
}

/** The pages of one folder of `content/docs/`, in sidebar order, as Starlight slug links. */
export function folderItems(docsDir: string, folder: string): { slug: string }[] {
	const dir = join(docsDir, folder);
	if (!existsSync(dir)) return [];
	const pages: FolderPage[] = readdirSync(dir)
		.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
		.flatMap((name) => {
			const { title, sidebar } = readFrontMatter(join(dir, name));
			if (sidebar?.hidden === true) return [];
			const base = name.replace(/\.mdx?$/, '');
			return [
				{
					slug: base === 'index' ? folder : `${folder}/${base}`,
					title: String(title ?? base),
					order: typeof sidebar?.order === 'number' ? sidebar.order : Number.POSITIVE_INFINITY,
				},
			];
		});
	return pages.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'fr')).map(({ slug }) => ({ slug }));
}

export function buildSidebar(site: SiteConfig, root = process.cwd()) {
	const docs = join(root, 'content/docs');
	const localPages = folderItems(docs, LOCAL_PAGES_DIR);
	return [
		{ label: 'Accueil', link: '/' },
		{ label: 'Rechercher', link: '/recherche/' },
		// A company's own pages come first: they are why its readers open this copy of the guide.
		...(localPages.length > 0 ? [{ label: `Chez ${site.organisation}`, items: localPages }] : []),
		{ label: 'Parcours', items: folderItems(docs, 'parcours') },
		{ label: 'Guides', items: folderItems(docs, 'guides') },
		{ label: 'Checklists', link: '/checklists/' },
		{ label: 'Modèles', collapsed: true, items: folderItems(docs, 'modeles') },
		{
			label: 'Contribuer',
			collapsed: true,
			items: [
				{ label: 'Comment contribuer', link: '/contribuer/' },
				{ label: 'Écrire un guide', link: '/contribuer/ecrire-un-guide/' },
				{ label: 'Les composants MDX', link: '/contribuer/composants/' },
				{ label: 'Les champs', link: '/contribuer/champs/' },
				// One page per slug of src/lib/contributor-errors.ts: the folder lists them all.
				{ label: 'Catalogue des erreurs', collapsed: true, items: folderItems(docs, 'contribuer/erreurs') },
			],
		},
		{
			label: 'Ressources',
			items: [
				{ label: 'Glossaire', link: '/glossaire/' },
				{ label: 'Sources', link: '/sources/' },
				{ label: 'À propos', link: '/a-propos/' },
				{ label: 'Héberger le guide', link: '/heberger/' },
			],
		},
	];
}
