/**
 * Facets applied to a list of results in the browser, with counts that add up: the search runs
 * once for the query (in the reader's scope), then each facet keeps the pages that have one of
 * its selected values. A value's count is the number of results it would show if ticked, the
 * other facets' choices kept: ticking « Guide (4) » shows four pages.
 */

/** Filter name → value label → ids of the pages that have it (Pagefind's filters, read once). */
export type Membership = Map<string, Map<string, ReadonlySet<string>>>;

/** Filter name → the value labels ticked (any one of them will do). */
export type Selection = Record<string, readonly string[]>;

function matches(id: string, selection: Selection, membership: Membership, except?: string): boolean {
	return Object.entries(selection).every(
		([filter, values]) =>
			filter === except || values.length === 0 || values.some((value) => membership.get(filter)?.get(value)?.has(id)),
	);
}

/** The results that have, for every facet with a choice, one of the values chosen; order kept. */
export function applyFacets<R extends { id: string }>(results: readonly R[], selection: Selection, membership: Membership): R[] {
	return results.filter((result) => matches(result.id, selection, membership));
}

/** Filter name → value → how many results ticking that value would show. */
export function facetCounts(
	results: readonly { id: string }[],
	selection: Selection,
	membership: Membership,
): Map<string, Map<string, number>> {
	const counts = new Map<string, Map<string, number>>();
	for (const [filter, values] of membership) {
		const others = results.filter((result) => matches(result.id, selection, membership, filter));
		const byValue = new Map<string, number>();
		for (const [value, pages] of values) byValue.set(value, others.filter((result) => pages.has(result.id)).length);
		counts.set(filter, byValue);
	}
	return counts;
}
