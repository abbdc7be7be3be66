/**
 * The reader's navigation, from Starlight's sidebar: which sections a page shows (readers never see
 * the contributor documentation, contributors see only theirs), and previous/next links that stay
 * inside the page's own section, in its order.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

export type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
export type Pagination = StarlightRouteData['pagination'];

/** The top-level entries of one side: contributor sections or reader sections. */
export function sectionsFor(sidebar: SidebarEntry[], contributorLabels: readonly string[], contributor: boolean): SidebarEntry[] {
	return sidebar.filter((entry) => contributorLabels.includes(entry.label) === contributor);
}

/** The group whose own links include the current page, searched depth first; null outside any. */
function currentGroup(entries: SidebarEntry[]): SidebarLink[] | null {
	for (const entry of entries) {
		if (entry.type !== 'group') continue;
		const links = entry.entries.filter((child): child is SidebarLink => child.type === 'link');
		if (links.some((link) => link.isCurrent)) return links;
		const inner = currentGroup(entry.entries);
		if (inner) return inner;
	}
	return null;
}

/** Previous and next within the current page's section; none for a page that stands alone. */
export function sectionPagination(sidebar: SidebarEntry[]): Pagination {
	const links = currentGroup(sidebar);
	if (!links) return { prev: undefined, next: undefined };
	const index = links.findIndex((link) => link.isCurrent);
	return { prev: links[index - 1], next: links[index + 1] };
}

/** Whether a page id belongs to the contributor side (`contribuer/…`, `heberger`). */
export function isContributorPage(id: string, paths: readonly string[]): boolean {
	return paths.some((path) => id === path || id.startsWith(`${path}/`));
}

/** A section of `labels` the current page is not in becomes a link to its first page (its index). */
export function condenseSections(sidebar: SidebarEntry[], labels: readonly string[]): SidebarEntry[] {
	return sidebar.map((entry) => {
		if (entry.type !== 'group' || !labels.includes(entry.label) || currentGroup([entry])) return entry;
		const links = entry.entries.filter((child): child is SidebarLink => child.type === 'link');
		// The section's index (/modeles/), whose address starts every other one's, whatever its
		// place in the list: a template ordered before it must not stand for the whole section.
		const index = links.find((link) => links.every((other) => other.href.startsWith(link.href))) ?? links[0];
		return index ? { ...index, label: entry.label } : entry;
	});
}
