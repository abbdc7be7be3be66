/**
 * The search page's state in its address, so a list of results can be shared:
 * `?q=charge+mentale&public=assistant&type=guide&theme=charge-invisible`. Facet values are slugs;
 * a parameter may repeat to select several values of one facet.
 */
import { FACET_KEYS, FACET_NAMES } from './facet-keys.ts';
import { SCOPE, SEARCH_SCOPES, type SearchScope } from './scope.ts';

export interface SearchState {
	query: string;
	/** Address parameter of a facet → selected slugs. */
	facets: Record<string, string[]>;
	/** Present when not the readers' default scope. */
	scope?: SearchScope;
	/** Present when the reader asked for their words as typed, without typo correction. */
	exact?: true;
}

export const QUERY_PARAM = 'q';
/** `exact=1`: the reader's words as typed (« Chercher plutôt « … » » after a correction). */
export const EXACT_PARAM = 'exact';

/** Every parameter of the search page's address: the query, its options and the facets. */
export const SEARCH_PARAMS: readonly string[] = [
	QUERY_PARAM,
	EXACT_PARAM,
	SCOPE.param,
	...FACET_NAMES.map((name) => FACET_KEYS[name].param),
];

/** Reads the state, keeping only the facets and values the page knows (an old link may hold others). */
export function readSearchState(params: URLSearchParams, known: Record<string, readonly string[]>): SearchState {
	const facets: Record<string, string[]> = {};
	for (const [param, values] of Object.entries(known)) {
		const selected = [...new Set(params.getAll(param).flatMap((value) => value.split(',')))].filter((value) =>
			values.includes(value),
		);
		if (selected.length > 0) facets[param] = selected;
	}
	const state: SearchState = { query: params.get(QUERY_PARAM)?.trim() ?? '', facets };
	const scope = SEARCH_SCOPES.find((value) => value === params.get(SCOPE.param));
	if (scope && scope !== SCOPE.default) state.scope = scope;
	if (params.get(EXACT_PARAM) === '1') state.exact = true;
	return state;
}

/** The query string of a state, parameters in a stable order, empty parts left out. */
export function writeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set(QUERY_PARAM, state.query.trim());
	if (state.exact) params.set(EXACT_PARAM, '1');
	if (state.scope && state.scope !== SCOPE.default) params.set(SCOPE.param, state.scope);
	for (const [param, values] of Object.entries(state.facets).sort(([a], [b]) => a.localeCompare(b))) {
		for (const value of values) params.append(param, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
