/** The pillar guides, in reading order: the order of their `sidebar.order`, then their title. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type DocsEntry = CollectionEntry<'docs'>;

export function byReadingOrder(a: DocsEntry, b: DocsEntry): number {
	const orderA = a.data.sidebar.order ?? Number.MAX_SAFE_INTEGER;
	const orderB = b.data.sidebar.order ?? Number.MAX_SAFE_INTEGER;
	return orderA - orderB || a.data.title.localeCompare(b.data.title, 'fr');
}

export async function getPages(type: DocsEntry['data']['type']): Promise<DocsEntry[]> {
	const pages = await getCollection('docs', (entry) => entry.data.type === type && !entry.data.draft);
	return pages.sort(byReadingOrder);
}

/** The URL of a page of the docs collection, under the site's base path. */
export function pageUrl(id: string): string {
	const path = id === 'index' ? '' : `${id.replace(/\/index$/, '')}/`;
	return `${import.meta.env.BASE_URL}${path}`;
}
