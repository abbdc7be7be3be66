import { isLocalPage } from '../local-pages.ts';

/**
 * Which guides the livre blanc holds: the published guides, not a company's local pages
 * (content/docs/interne/: its own procedures, possibly hundreds of them, which belong on its
 * intranet rather than in a document meant to be handed around) nor the guides it hides with
 * `hiddenPages`. The book keeps the same size whatever a company adds, and so does its build time.
 */
export function isLivreBlancGuide(
	page: { id: string; data: { type: string; draft: boolean } },
	hiddenPages: readonly string[],
): boolean {
	return page.data.type === 'guide' && !page.data.draft && !isLocalPage(page.id) && !hiddenPages.includes(page.id);
}

/**
 * The order of the livre blanc: the order in which the assistant path (content/docs/parcours/
 * assistant.mdx) links to the guides. A guide the path does not link to comes after, in its
 * sidebar order, so a new guide is never left out of the book.
 */
const GUIDE_LINK = /\]\((?:\.\.)?\/guides\/([a-z0-9-]+)\/?(?:#[^)]*)?\)/g;

export function guideOrderFromPath(pathBody: string): string[] {
	const order: string[] = [];
	for (const match of pathBody.matchAll(GUIDE_LINK)) {
		const id = `guides/${match[1]}`;
		if (!order.includes(id)) order.push(id);
	}
	return order;
}

export function guidesInPathOrder<T extends { id: string; data: { sidebar: { order?: number | undefined } } }>(
	pathBody: string,
	guides: T[],
): T[] {
	const order = guideOrderFromPath(pathBody);
	const rank = (guide: T) => {
		const index = order.indexOf(guide.id);
		return index === -1 ? order.length + (guide.data.sidebar.order ?? Number.MAX_SAFE_INTEGER) : index;
	};
	return [...guides].sort((a, b) => rank(a) - rank(b));
}
