/**
 * What a build publishes: upstream's pages and the company's (`entreprise/docs/`, under
 * `/interne/`), minus the pages and folders that `hiddenPages` removes, and the checklists that
 * go with them. Everything that lists pages or checklists (the loaders, the sidebar, the
 * references, the link check, the counts of guides) reads this one answer, so a hidden page
 * leaves no trace anywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slug } from 'github-slugger';
import { readFrontMatter } from '../front-matter.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { LOCAL_PAGES_DIR } from '../local-pages.ts';
import { hasOverlay, OVERLAY, UPSTREAM } from './layout.ts';

/** Hidden in every company build unless `keepContributorDocs: true`: readers of an intranet do not contribute upstream. */
export const CONTRIBUTOR_DOCS = ['contribuer/', 'heberger'] as const;

const PAGE_FILE = /\.mdx?$/;

export interface PageFile {
	/** The page's id and address, as Starlight sees it: `guides/posture-partenaire`, `interne/deplacements`. */
	id: string;
	/** Project-relative path of its file. */
	file: string;
	type: string | undefined;
	/** The checklists its front matter declares. */
	checklists: string[];
}

export interface Publication {
	/** Pages that are built. */
	pages: PageFile[];
	/** Pages that `hiddenPages` (or a company build) removes. */
	hidden: PageFile[];
	/** Checklists that go with the hidden pages: no visible page uses them. */
	hiddenChecklists: Set<string>;
	/** A kept checklist whose page is hidden belongs to the first visible page that uses it. */
	checklistGuides: Map<string, string>;
	/** How many guides upstream publishes, and how many this build publishes. */
	guides: { upstream: number; built: number };
}

/** The id Astro's glob loader gives a file: each segment slugged, a folder's `index` is the folder. */
export function pageIdOf(file: string): string {
	const inOverlay = file.startsWith(`${OVERLAY.docs}/`);
	const rel = file.slice((inOverlay ? OVERLAY.docs : UPSTREAM.docs).length + 1).replace(PAGE_FILE, '');
	const id = rel
		.split('/')
		.map((segment) => slug(segment))
		.join('/')
		.replace(/\/index$/, '');
	return inOverlay ? (id === 'index' ? LOCAL_PAGES_DIR : `${LOCAL_PAGES_DIR}/${id}`) : id;
}

function frontMatter(path: string): Record<string, unknown> {
	// A malformed front matter is reported, with its line, by the content collection itself.
	return readFrontMatter(readFileSync(path, 'utf8'));
}

function listFiles(root: string, dir: string): string[] {
	const abs = join(root, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs, { recursive: true, encoding: 'utf8' })
		.filter((name) => PAGE_FILE.test(name) && !name.split(/[\\/]/).some((part) => part.startsWith('_')))
		.map((name) => relative(root, join(abs, name)).split('\\').join('/'))
		.sort();
}

/** Every page file of the project, upstream's then the company's. */
export function listPages(root: string): PageFile[] {
	return [...listFiles(root, UPSTREAM.docs), ...listFiles(root, OVERLAY.docs)].map((file) => {
		const data = frontMatter(join(root, file));
		return {
			id: pageIdOf(file),
			file,
			type: typeof data['type'] === 'string' ? data['type'] : undefined,
			checklists: Array.isArray(data['checklists']) ? data['checklists'].map(String) : [],
		};
	});
}

/** Whether an entry of `hiddenPages` (a page `guides/x`, or a folder `contribuer/`) covers a page id. */
export function hides(entry: string, id: string): boolean {
	const target = entry.replace(/\/$/, '');
	return id === target || id.startsWith(`${target}/`);
}

/** The entries that hide pages in this build: the site's own, and the contributor docs of a company build. */
export function hidingEntries(site: Pick<SiteConfig, 'hiddenPages' | 'keepContributorDocs'>, root: string): string[] {
	const companyBuild = hasOverlay(root);
	return [...site.hiddenPages, ...(companyBuild && !site.keepContributorDocs ? CONTRIBUTOR_DOCS : [])];
}

export interface ChecklistFile {
	id: string;
	file: string;
	/** The page its `guide` field names. */
	guide: string | undefined;
}

/** Every checklist file of the project, upstream's then the company's. */
export function listChecklists(root: string): ChecklistFile[] {
	return [UPSTREAM.checklists, OVERLAY.checklists].flatMap((dir) => {
		const abs = join(root, dir);
		if (!existsSync(abs)) return [];
		return readdirSync(abs)
			.filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
			.sort()
			.map((name) => {
				const guide = /^guide:\s*["']?([^"'\s#]+)/m.exec(readFileSync(join(abs, name), 'utf8'))?.[1];
				return { id: name.replace(/\.ya?ml$/, ''), file: `${dir}/${name}`, guide };
			});
	});
}

export function resolvePublication(
	site: Pick<SiteConfig, 'hiddenPages' | 'keepContributorDocs'>,
	root: string,
	all: PageFile[] = listPages(root),
	checklists: ChecklistFile[] = listChecklists(root),
): Publication {
	const entries = hidingEntries(site, root);
	const isHidden = (page: PageFile) => entries.some((entry) => hides(entry, page.id));
	const pages = all.filter((page) => !isHidden(page));
	const hidden = all.filter(isHidden);
	const usedByVisible = new Map<string, string>();
	for (const page of pages) for (const id of page.checklists) if (!usedByVisible.has(id)) usedByVisible.set(id, page.id);
	const hiddenChecklists = new Set<string>();
	const checklistGuides = new Map<string, string>();
	const hiddenIds = new Set(hidden.map((page) => page.id));
	const goWithHidden = [
		...hidden.flatMap((page) => page.checklists),
		...checklists.filter((checklist) => checklist.guide && hiddenIds.has(checklist.guide)).map(({ id }) => id),
	];
	for (const id of goWithHidden) {
		const user = usedByVisible.get(id);
		if (user) checklistGuides.set(id, user);
		else hiddenChecklists.add(id);
	}
	const isGuide = (page: PageFile) => page.type === 'guide' && !page.file.startsWith(`${OVERLAY.docs}/`);
	return {
		pages,
		hidden,
		hiddenChecklists,
		checklistGuides,
		guides: { upstream: all.filter(isGuide).length, built: pages.filter(isGuide).length },
	};
}

const cache = new Map<string, Publication>();

/** The publication of the project being built, read once per process. */
export function publicationOf(site: Pick<SiteConfig, 'hiddenPages' | 'keepContributorDocs'>, root = process.cwd()): Publication {
	const key = `${root}\n${JSON.stringify(hidingEntries(site, root))}`;
	let publication = cache.get(key);
	if (!publication) {
		publication = resolvePublication(site, root);
		cache.set(key, publication);
	}
	return publication;
}

/**
 * The glossary without the terms whose page is hidden (a term links to its page), and without
 * links to those terms from the others.
 */
export function publishedTerms(terms: Record<string, unknown>[], hidden: ReadonlySet<string>): Record<string, unknown>[] {
	const dropped = new Set(terms.filter((term) => hidden.has(String(term['guide']))).map((term) => String(term['id'])));
	if (dropped.size === 0) return terms;
	return terms
		.filter((term) => !dropped.has(String(term['id'])))
		.map((term) =>
			Array.isArray(term['related']) ? { ...term, related: term['related'].filter((id) => !dropped.has(String(id))) } : term,
		);
}
