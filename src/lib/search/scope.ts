/**
 * Who search serves a page to: the guide's readers by default; contributors and hosts in their
 * own scope (`/recherche/?espace=contribution`, and the header's search on their pages), so a
 * reader's question never lands on a page about front matter. Apart from `facets.ts` because the
 * browser needs it and must not get the content schemas with it.
 */
export const SEARCH_SCOPES = ['guide', 'contribution'] as const;
export type SearchScope = (typeof SEARCH_SCOPES)[number];

export const SCOPE = {
	param: 'espace',
	filter: 'espace',
	legend: 'Chercher dans',
	values: SEARCH_SCOPES,
	labels: { guide: 'Le guide', contribution: 'Contribuer et héberger' } satisfies Record<SearchScope, string>,
	default: 'guide' as SearchScope,
} as const;

/** Top folders of `content/docs/` (or single pages) written for contributors and hosts. */
const CONTRIBUTION_SECTIONS = ['contribuer', 'heberger'];

export function pageScope(id: string): SearchScope {
	const section = id.split('/')[0] ?? '';
	return CONTRIBUTION_SECTIONS.includes(section) ? 'contribution' : 'guide';
}
