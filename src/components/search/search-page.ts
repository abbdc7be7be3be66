/**
 * The search page's behaviour: reads the query and facets from the address, searches as the
 * reader types (after a short pause), shows the results and writes the state back to the address
 * so the list can be shared. The search itself is `runSearch`, the same code the tests check.
 */
import { dataOf, required } from '../../lib/dom/required.ts';
import { joinElisions } from '../../lib/search/elisions.ts';
import { loadPagefind, type PagefindResult } from '../../lib/search/pagefind.ts';
import { runSearch, type SearchFilters, type SearchOutcome } from '../../lib/search/run-search.ts';
import { readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state.ts';

/** Results shown at first, then by this many more. */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching: enough to skip the letters of one word. */
const TYPING_PAUSE_MS = 120;
/** French typography in messages: a narrow no-break space before « ; ». */
const NNBSP = '\u202f';

export function startSearchPage(form: HTMLFormElement): void {
	const input = required<HTMLInputElement>(form, 'input[name="q"]');
	const status = required<HTMLElement>(form, '[data-search-status]');
	const completeList = required<HTMLOListElement>(form, '[data-search-results]');
	const partialList = required<HTMLOListElement>(form, '[data-search-partial]');
	const partialTitle = required<HTMLElement>(form, '[data-search-partial-title]');
	const more = required<HTMLButtonElement>(form, '[data-search-more]');
	const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
	const checkboxes = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll<HTMLInputElement>('input')];
	const known = Object.fromEntries(fieldsets.map((f) => [dataOf(f, 'facet'), checkboxes(f).map((box) => box.value)]));

	let searchCount = 0;
	let outcome: SearchOutcome<PagefindResult> | undefined;
	let shown = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	function currentState(): SearchState {
		const facets: Record<string, string[]> = {};
		for (const fieldset of fieldsets) {
			const selected = checkboxes(fieldset).filter((box) => box.checked);
			if (selected.length > 0) facets[dataOf(fieldset, 'facet')] = selected.map((box) => box.value);
		}
		return { query: input.value, facets };
	}

	function pagefindFilters(): SearchFilters {
		const filters: SearchFilters = {};
		for (const fieldset of fieldsets) {
			const labels = checkboxes(fieldset)
				.filter((box) => box.checked)
				.map((box) => dataOf(box, 'label'));
			if (labels.length > 0) filters[dataOf(fieldset, 'filter')] = { any: labels };
		}
		return filters;
	}

	function restore(state: SearchState): void {
		input.value = state.query;
		for (const fieldset of fieldsets) {
			const selected = state.facets[dataOf(fieldset, 'facet')] ?? [];
			for (const box of checkboxes(fieldset)) box.checked = selected.includes(box.value);
		}
	}

	async function search(): Promise<void> {
		const state = currentState();
		const address = writeSearchState(state);
		if (address !== location.search) history.replaceState(null, '', `${location.pathname}${address}${location.hash}`);
		const id = ++searchCount;
		const pagefind = await loadPagefind();
		const result = await runSearch(pagefind, state.query, pagefindFilters());
		// A later keystroke started another search: this one's answer is stale.
		if (id !== searchCount) return;
		outcome = result;
		completeList.replaceChildren();
		partialList.replaceChildren();
		shown = 0;
		await showMore();
		status.textContent = describe(result, state.query);
		form.dataset.searched = address;
	}

	async function showMore(): Promise<void> {
		if (!outcome) return;
		const next = outcome.results.slice(shown, shown + PAGE_SIZE);
		const items = await Promise.all(next.map(async (result) => renderResult(await result.data())));
		const { completeCount } = outcome;
		items.forEach((item, offset) => {
			const list = shown + offset < completeCount ? completeList : partialList;
			list.append(item);
		});
		shown += next.length;
		partialTitle.hidden = partialList.childElementCount === 0 || outcome.completeCount === 0;
		more.hidden = shown >= outcome.results.length;
	}

	function schedule(): void {
		clearTimeout(timer);
		timer = setTimeout(() => void search(), TYPING_PAUSE_MS);
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void search();
	});
	input.addEventListener('input', schedule);
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void search();
	});
	more.addEventListener('click', () => void showMore());
	window.addEventListener('popstate', () => {
		restore(readSearchState(new URLSearchParams(location.search), known));
		void search();
	});

	restore(readSearchState(new URLSearchParams(location.search), known));
	if (input.value) void search();
	// Fetch the index while the reader types their first word.
	input.addEventListener('focus', () => void loadPagefind().then((pagefind) => pagefind.preload('')), { once: true });
}

function describe(outcome: SearchOutcome<PagefindResult>, query: string): string {
	if (outcome.terms.length === 0) return query.trim() ? 'Tapez au moins un mot.' : '';
	const total = outcome.results.length;
	if (total === 0) return `Aucune page trouvée. Essayez un autre mot ou retirez un filtre.`;
	if (outcome.completeCount === 0)
		return `Aucune page ne contient tous ces mots${NNBSP}; ${plural(total, 'page en contient', 'pages en contiennent')} une partie.`;
	return `${plural(total, 'page trouvée', 'pages trouvées')}.`;
}

function plural(count: number, one: string, many: string): string {
	return `${count} ${count > 1 ? many : one}`;
}

function renderResult(data: {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	const kind = document.createElement('p');
	kind.className = 'search-result__kind';
	kind.textContent = [data.filters.type?.[0], data.filters.theme?.[0]].filter(Boolean).join(' · ');
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result__excerpt';
	// Pagefind's excerpt is text from our own pages with <mark> around the matched words.
	excerpt.innerHTML = joinElisions(data.excerpt);
	item.append(link, kind, excerpt);
	return item;
}
