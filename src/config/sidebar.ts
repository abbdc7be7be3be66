/**
 * The sidebar, built from the folders of `content/docs/`: adding a guide or a template adds it
 * here with no change to code. Order inside a group comes from each page's `sidebar.order`, then
 * its title.
 *
 * Starlight's own `autogenerate` finds pages by their path under `src/content/docs`; ours live in
 * `content/docs`, so the folder is read here and each page is listed by its slug.
 *
 * Starlight renders the whole sidebar into every page: a folder of 2,000 pages would put 2,000
 * links (about 390 KB of HTML) into each page and make the build quadratic. A folder with more
 * than FOLDER_SIDEBAR_LIMIT pages therefore shows its first FOLDER_SIDEBAR_SHOWN pages and a link
 * to its index page (`index.mdx`), which must then exist and present the others.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter as readFields } from '../lib/front-matter.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { LOCAL_PAGES_DIR } from '../lib/local-pages.ts';
import { OVERLAY } from '../lib/overlay/layout.ts';
import { ContributorError } from '../lib/contributor-errors.ts';

/** Above this many pages, a folder is summarised in the sidebar: 50 links weigh about 10 kB of HTML per page; the error catalogue (28 pages) stays whole. */
export const FOLDER_SIDEBAR_LIMIT = 50;
/** How many pages of a summarised folder the sidebar still lists. */
export const FOLDER_SIDEBAR_SHOWN = 15;

export type FolderItem = { slug: string } | { label: string; link: string };

interface FolderPage {
	slug: string;
	title: string;
	order: number;
}

/** What a page's front matter says about its place in the sidebar. */
function readFrontMatter(file: string): { title?: unknown; sidebar?: { order?: unknown; hidden?: unknown } } {
	// A malformed front matter is reported, with its line, by the content checks themselves.
	return readFields(readFileSync(file, 'utf8'));
}

/** The pages of one folder of `content/docs/`, in sidebar order, as Starlight slug links. */
export function folderItems(docsDir: string, folder: string, dir = join(docsDir, folder)): FolderItem[] {
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
	const slugs = pages.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'fr')).map(({ slug }) => slug);
	return summariseFolder(folder, slugs, (name) => existsSync(join(dir, name)));
}

/**
 * A long folder as its first pages and a link to its index, which lists them all; a short one as
 * it is. `hasFile` tells whether the folder holds a file (its `index.mdx` or `index.md`).
 */
export function summariseFolder(folder: string, slugs: string[], hasFile: (name: string) => boolean): FolderItem[] {
	const pages = slugs.filter((slug) => slug !== folder);
	if (pages.length <= FOLDER_SIDEBAR_LIMIT) return slugs.map((slug) => ({ slug }));
	if (!hasFile('index.mdx') && !hasFile('index.md')) {
		throw new ContributorError(
			`content/docs/${folder}/`,
			[
				{
					field: '',
					message: `le dossier compte ${pages.length} pages, plus que les ${FOLDER_SIDEBAR_LIMIT} que le menu affiche : ajoutez content/docs/${folder}/index.mdx, une page qui présente les pages du dossier et y mène.`,
				},
			],
			'dossier-sans-sommaire',
		);
	}
	const count = pages.length.toLocaleString('fr-FR');
	return [
		...pages.slice(0, FOLDER_SIDEBAR_SHOWN).map((slug) => ({ slug })),
		{ label: `Toutes les pages (${count})`, link: `/${folder}/` },
	];
}

/**
 * The sections of the contributor and hosting documentation: kept in the sidebar config (so their
 * links are checked and their pages built), but shown only on their own pages by
 * `src/route-middleware/reader-navigation.ts`; readers reach them from the footer.
 */
export const CONTRIBUTOR_SECTIONS = ['Contribuer', 'Héberger'] as const;
/** Where the contributor sections live: a page under one of these paths gets their sidebar. */
export const CONTRIBUTOR_PATHS = ['contribuer', 'heberger'] as const;

/**
 * Reader sections shown as one link to their index page, except on their own pages: fourteen
 * template links on every page weigh about 0.4 kB of gzip for a list that /modeles/ already shows.
 */
export const CONDENSED_SECTIONS = ['Modèles'] as const;

export function buildSidebar(site: SiteConfig, root = process.cwd()) {
	const docs = join(root, 'content/docs');
	// A company's pages live in its overlay (entreprise/docs/) and are published under /interne/.
	const localPages = folderItems(docs, LOCAL_PAGES_DIR, join(root, OVERLAY.docs));
	const tools = folderItems(docs, 'outils');
	const [contribute, host] = CONTRIBUTOR_SECTIONS;
	// Reader sections in reading order: previous and next stay inside a section.
	return [
		// A company's own pages come first: they are why its readers open this copy of the guide.
		...(localPages.length > 0 ? [{ label: `Chez ${site.organisation}`, items: localPages }] : []),
		{ label: 'Commencer', items: [{ label: 'Accueil', link: '/' }, ...folderItems(docs, 'parcours')] },
		{ label: 'Guides', items: folderItems(docs, 'guides') },
		{ label: 'Checklists', link: '/checklists/' },
		...(tools.length > 0 ? [{ label: 'Outils', items: tools }] : []),
		{ label: 'Modèles', collapsed: true, items: folderItems(docs, 'modeles') },
		{ label: 'Glossaire', link: '/glossaire/' },
		{
			label: 'À propos',
			items: [
				{ label: 'À propos du guide', link: '/a-propos/' },
				{ label: 'Sources', link: '/sources/' },
				{ label: 'Rechercher', link: '/recherche/' },
			],
		},
		{
			label: contribute,
			items: [
				{ label: 'Comment contribuer', link: '/contribuer/' },
				{ label: 'Écrire un guide', link: '/contribuer/ecrire-un-guide/' },
				{ label: 'Les composants MDX', link: '/contribuer/composants/' },
				{ label: 'Les champs', link: '/contribuer/champs/' },
				// One page per slug of src/lib/contributor-errors.ts: the folder lists them all.
				{ label: 'Catalogue des erreurs', collapsed: true, items: folderItems(docs, 'contribuer/erreurs') },
			],
		},
		{ label: host, items: [{ label: 'Héberger le guide', link: '/heberger/' }] },
	];
}
