/**
 * Pagefind's browser API, loaded once from the index that the build wrote under the base path,
 * with the site's ranking.
 */
import { PAGEFIND_RANKING } from './ranking.ts';
import type { EngineResult, SearchEngine, SearchFilters } from './run-search.ts';

export interface PagefindData {
	url: string;
	excerpt: string;
	/** The page's indexed text, and the positions of the matched words in it. */
	content: string;
	locations: number[];
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export interface PagefindResult extends EngineResult {
	data(): Promise<PagefindData>;
}

export interface Pagefind extends SearchEngine<PagefindResult> {
	/** `null`: every page, narrowed by the filters only. */
	search(term: string | null, options: { filters: SearchFilters }): Promise<{ results: PagefindResult[] } | null>;
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string = import.meta.env.BASE_URL): Promise<Pagefind> {
	loading ??= (async () => {
		// Written by the build, not bundled: Vite must leave this import as it is.
		const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await pagefind.options({ baseUrl: base, ranking: PAGEFIND_RANKING });
		await pagefind.init();
		return pagefind;
	})();
	return loading;
}
