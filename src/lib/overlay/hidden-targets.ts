/**
 * Links and sidebar entries that point to a page this build hides. The sidebar drops them; in the
 * pages, a list item led by such a link (a « voir aussi », a step of a path) goes with the page,
 * and any other link is an error, because removing it would leave a sentence that points nowhere.
 */
import type { Publication } from './publication.ts';

/** The page id a root-absolute link (`/guides/x/#section`) targets, or undefined for another kind of link. */
export function linkedPageId(href: string, base = '/'): string | undefined {
	if (!href.startsWith('/') || href.startsWith('//')) return undefined;
	const path = href.split(/[?#]/)[0] ?? '';
	const local = base !== '/' && path.startsWith(base) ? path.slice(base.length - 1) : path;
	return local.replace(/^\/+|\/+$/g, '') || 'index';
}

export function hiddenTargets(publication: Pick<Publication, 'hidden'>): Set<string> {
	return new Set(publication.hidden.map((page) => page.id));
}

type SidebarItem =
	| { slug: string }
	| { label: string; link: string }
	| { label: string; items: SidebarItem[]; collapsed?: boolean }
	| Record<string, unknown>;

/** The sidebar without the entries of hidden pages, nor the groups that hiding leaves empty. */
export function withoutHidden<T extends SidebarItem>(items: readonly T[], hidden: ReadonlySet<string>): T[] {
	return items.flatMap((item): T[] => {
		if ('slug' in item && typeof item.slug === 'string') return hidden.has(item.slug) ? [] : [item];
		if ('link' in item && typeof item.link === 'string') {
			const id = linkedPageId(item.link);
			return id && hidden.has(id) ? [] : [item];
		}
		if ('items' in item && Array.isArray(item.items)) {
			const kept = withoutHidden(item.items as SidebarItem[], hidden);
			return kept.length === 0 ? [] : [{ ...item, items: kept }];
		}
		return [item];
	});
}

interface MdastLike {
	type: string;
	url?: string | undefined;
	children?: MdastLike[] | undefined;
}

function firstLinkUrl(node: MdastLike): string | undefined {
	if (node.type === 'link') return node.url;
	if (node.type === 'list') return undefined;
	for (const child of node.children ?? []) {
		const url = firstLinkUrl(child);
		if (url !== undefined) return url;
	}
	return undefined;
}

/**
 * The same rule as the pages', for what reads the Markdown itself (the livre blanc): a list item
 * led by a link to a hidden page goes with that page. Mutates and returns the tree.
 */
export function pruneHiddenItems<T extends MdastLike>(tree: T, hidden: ReadonlySet<string>): T {
	if (hidden.size === 0 || !tree.children) return tree;
	tree.children = tree.children.filter((child) => {
		if (child.type !== 'listItem') return true;
		const id = linkedPageId(firstLinkUrl(child) ?? '');
		return !(id && hidden.has(id));
	});
	for (const child of tree.children) pruneHiddenItems(child, hidden);
	return tree;
}
