/**
 * Each facet's parameter in the search page's address and its Pagefind filter: the names the
 * browser's search code needs, apart from `facets.ts` (values and labels, read from the content
 * schemas) so the browser never bundles the schemas.
 */
export const FACET_KEYS = {
	audience: { param: 'public', filter: 'public' },
	kind: { param: 'type', filter: 'type' },
	topic: { param: 'theme', filter: 'theme' },
} as const;

export type FacetName = keyof typeof FACET_KEYS;
export const FACET_NAMES = Object.keys(FACET_KEYS) as FacetName[];
