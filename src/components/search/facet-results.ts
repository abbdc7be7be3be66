/**
 * The facets applied to a search's results, for the header's search and the search page alike.
 * The pages of each facet value are read from Pagefind only when a facet is ticked (to narrow)
 * or once the results are on screen (for the counts), so the first results wait for nothing.
 */
import { applyFacets, facetCounts } from '../../lib/search/facet-filter.ts';
import type { PagefindResult } from '../../lib/search/pagefind.ts';
import type { SearchOutcome } from '../../lib/search/run-search.ts';
import type { SearchSession } from '../../lib/search/session.ts';
import type { FacetControls } from './facet-controls.ts';

export interface Narrowed {
	/** The results with the ticked values, in order. */
	shown: PagefindResult[];
	/** How many of them contain every term. */
	complete: number;
}

export async function narrow(
	session: SearchSession,
	outcome: SearchOutcome<PagefindResult>,
	facets: FacetControls,
): Promise<Narrowed> {
	const selection = facets.selection();
	if (Object.keys(selection).length === 0) return { shown: outcome.results, complete: outcome.completeCount };
	const membership = await session.membership(facets.labels());
	return {
		shown: applyFacets(outcome.results, selection, membership),
		complete: applyFacets(outcome.results.slice(0, outcome.completeCount), selection, membership).length,
	};
}

/** Fills in the counts beside the facet values, unless `current()` says a newer search took over. */
export async function showCounts(
	session: SearchSession,
	outcome: SearchOutcome<PagefindResult>,
	facets: FacetControls,
	current: () => boolean,
): Promise<void> {
	const membership = await session.membership(facets.labels());
	if (current()) facets.showCounts(facetCounts(outcome.results, facets.selection(), membership));
}
