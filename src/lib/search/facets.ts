/**
 * The facets of search: who a page is for, what kind of page it is, its theme. Each facet has a
 * key in the page's address (`?public=…&type=…&theme=…`, stable slugs) and a Pagefind filter
 * whose values are the French labels readers see.
 */
import { PAGE_TYPES, type PageType } from '../../schemas/docs.ts';
import { AUDIENCES, AUDIENCE_LABELS, TOPICS, TOPIC_LABELS, type Audience, type Topic } from '../../schemas/shared.ts';
import { FACET_KEYS, type FacetName } from './facet-keys.ts';
import { SCOPE, pageScope } from './scope.ts';

/** Kinds of page as search shows them: the front matter's `type`, refined by where the page lives. */
export const PAGE_KINDS = ['guide', 'checklist', 'template', 'path', 'glossary', 'reference'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const PAGE_KIND_LABELS: Record<PageKind, string> = {
	guide: 'Guide',
	checklist: 'Checklist',
	template: 'Modèle',
	path: 'Parcours',
	glossary: 'Glossaire',
	reference: 'Référence',
};

export interface Facet<Value extends string = string> {
	/** Parameter of the search page's address. */
	param: string;
	/** Name of the Pagefind filter. */
	filter: string;
	/** Legend of the facet on the search page. */
	legend: string;
	values: readonly Value[];
	labels: Record<Value, string>;
}

export const FACETS = {
	audience: { ...FACET_KEYS.audience, legend: 'Public', values: AUDIENCES, labels: AUDIENCE_LABELS },
	kind: { ...FACET_KEYS.kind, legend: 'Type de page', values: PAGE_KINDS, labels: PAGE_KIND_LABELS },
	topic: { ...FACET_KEYS.topic, legend: 'Thème', values: TOPICS, labels: TOPIC_LABELS },
} as const satisfies Record<FacetName, Facet>;

/** The fields of a docs entry that search reads. */
export interface SearchablePage {
	/** The entry's id: its path under `content/docs/` without extension (`guides/charge-invisible`). */
	id: string;
	type: PageType;
	audiences: readonly Audience[];
	topic?: Topic | undefined;
}

/**
 * Pages of `/checklists/<id>/` and the glossary keep their front matter's `type` (often the
 * default, `reference`) but readers look for them as checklists and glossary.
 */
export function pageKind(page: Pick<SearchablePage, 'id' | 'type'>): PageKind {
	if (page.id === 'checklists' || page.id.startsWith('checklists/')) return 'checklist';
	if (page.id === 'glossaire' || page.id.startsWith('glossaire/')) return 'glossary';
	return PAGE_TYPES.includes(page.type) ? page.type : 'reference';
}

/** Pagefind filters of a page: filter name → labels, every value typed by the front matter. */
export function pageFilters(page: SearchablePage): Record<string, string[]> {
	const filters: Record<string, string[]> = {
		[FACETS.audience.filter]: page.audiences.map((audience) => AUDIENCE_LABELS[audience]),
		[FACETS.kind.filter]: [PAGE_KIND_LABELS[pageKind(page)]],
		[SCOPE.filter]: [pageScope(page.id)],
	};
	if (page.topic) filters[FACETS.topic.filter] = [TOPIC_LABELS[page.topic]];
	return filters;
}
