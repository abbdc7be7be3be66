/**
 * The search page's state in its address, so a list of results can be shared:
 * `?q=charge+mentale&public=assistant&type=guide&theme=charge-invisible`. Facet values are slugs;
 * a parameter may repeat to select several values of one facet.
 */
export interface SearchState {
	query: string;
	/** Address parameter of a facet → selected slugs. */
	facets: Record<string, string[]>;
}

export const QUERY_PARAM = 'q';

/** Reads the state, keeping only the facets and values the page knows (an old link may hold others). */
export function readSearchState(params: URLSearchParams, known: Record<string, readonly string[]>): SearchState {
	const facets: Record<string, string[]> = {};
	for (const [param, values] of Object.entries(known)) {
		const selected = [...new Set(params.getAll(param).flatMap((value) => value.split(',')))].filter((value) =>
			values.includes(value),
		);
		if (selected.length > 0) facets[param] = selected;
	}
	return { query: params.get(QUERY_PARAM)?.trim() ?? '', facets };
}

/** The query string of a state, parameters in a stable order, empty parts left out. */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set(QUERY_PARAM, state.query.trim());
	for (const [param, values] of Object.entries(state.facets).sort(([a], [b]) => a.localeCompare(b))) {
		for (const value of values) params.append(param, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
