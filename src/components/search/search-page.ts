/**
 * The search page's behaviour: reads the query, the scope and the facets from the address,
 * searches as the reader types (after a short pause), shows the results and writes the state
 * back to the address so the list can be shared. The search itself is the session's `runSearch`,
 * the same as the header's.
 */
import { required } from '../../lib/dom/required.ts';
import { SCOPE, SEARCH_SCOPES, type SearchScope } from '../../lib/search/scope.ts';
import { correctionNotice, describeResults, SEARCH_MESSAGES } from '../../lib/search/messages.ts';
import type { PagefindResult } from '../../lib/search/pagefind.ts';
import { parseQuery } from '../../lib/search/query.ts';
import { openSearchSession, TYPING_PAUSE_MS } from '../../lib/search/session.ts';
import { readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state.ts';
import { facetControls } from './facet-controls.ts';
import { narrow, showCounts } from './facet-results.ts';
import { renderResult } from './render-result.ts';

/** Results shown at first, then by this many more. */
const PAGE_SIZE = 10;

export function startSearchPage(form: HTMLFormElement): void {
	const input = required<HTMLInputElement>(form, 'input[name="q"]');
	const status = required<HTMLElement>(form, '[data-search-status]');
	const correction = required<HTMLElement>(form, '[data-search-correction]');
	const corrected = required<HTMLElement>(form, '[data-search-corrected]');
	const exactLink = required<HTMLAnchorElement>(form, '[data-search-exact]');
	const completeList = required<HTMLOListElement>(form, '[data-search-results]');
	const partialList = required<HTMLOListElement>(form, '[data-search-partial]');
	const partialTitle = required<HTMLElement>(form, '[data-search-partial-title]');
	const more = required<HTMLButtonElement>(form, '[data-search-more]');
	const panel = required<HTMLElement>(form, '[data-facets]');
	const toggle = required<HTMLButtonElement>(form, '[data-filter-toggle]');
	const scopes = [...form.querySelectorAll<HTMLInputElement>('input[data-scope]')];
	const facets = facetControls(panel);

	let searchCount = 0;
	let shownResults: PagefindResult[] = [];
	let complete = 0;
	let shown = 0;
	let exact = false;
	let timer: ReturnType<typeof setTimeout> | undefined;

	// The filters are folded on a phone by the component's inline script, before the first paint.
	toggle.addEventListener('click', () => {
		const open = toggle.getAttribute('aria-expanded') !== 'true';
		toggle.setAttribute('aria-expanded', String(open));
		panel.toggleAttribute('data-open', open);
	});

	function scope(): SearchScope {
		return SEARCH_SCOPES.find((value) => scopes.some((box) => box.checked && box.value === value)) ?? SCOPE.default;
	}

	function currentState(): SearchState {
		const state: SearchState = { query: input.value, facets: facets.slugs() };
		if (scope() !== SCOPE.default) state.scope = scope();
		if (exact) state.exact = true;
		return state;
	}

	function restore(state: SearchState): void {
		input.value = state.query;
		facets.restore(state.facets);
		for (const box of scopes) box.checked = box.value === (state.scope ?? SCOPE.default);
		exact = state.exact === true;
	}

	async function search(): Promise<void> {
		const state = currentState();
		const address = writeSearchState(state);
		if (address !== location.search) history.replaceState(null, '', `${location.pathname}${address}${location.hash}`);
		const id = ++searchCount;
		completeList.replaceChildren();
		partialList.replaceChildren();
		if (parseQuery(state.query).terms.length === 0) {
			correction.hidden = true;
			partialTitle.hidden = true;
			more.hidden = true;
			status.textContent = state.query.trim() ? SEARCH_MESSAGES.typeMore : '';
			form.dataset.searched = address;
			return;
		}
		const session = await openSearchSession();
		const outcome = await session.search(state.query, { scope: scope(), exact });
		const narrowed = await narrow(session, outcome, facets);
		// A later keystroke started another search: this one's answer is stale.
		if (id !== searchCount) return;
		shownResults = narrowed.shown;
		complete = narrowed.complete;
		shown = 0;
		await showMore();
		if (id !== searchCount) return;
		correction.hidden = outcome.corrections.length === 0;
		if (outcome.corrections.length > 0) {
			const notice = correctionNotice(state.query, outcome.corrections);
			corrected.textContent = notice.searched;
			exactLink.textContent = notice.exact;
			exactLink.href = `${location.pathname}${writeSearchState({ ...state, exact: true })}`;
		}
		status.textContent = describeResults(shownResults.length, complete);
		form.dataset.searched = address;
		void showCounts(session, outcome, facets, () => id === searchCount);
	}

	async function showMore(): Promise<void> {
		const next = shownResults.slice(shown, shown + PAGE_SIZE);
		const items = await Promise.all(
			next.map(async (result, offset) => renderResult(await result.data(), `resultat-${shown + offset}`)),
		);
		items.forEach((item, offset) => (shown + offset < complete ? completeList : partialList).append(item));
		shown += next.length;
		partialTitle.hidden = partialList.childElementCount === 0 || complete === 0;
		more.hidden = shown >= shownResults.length;
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
	input.addEventListener('input', () => {
		exact = false;
		schedule();
	});
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLInputElement && event.target !== input) void search();
	});
	exactLink.addEventListener('click', (event) => {
		event.preventDefault();
		exact = true;
		void search();
	});
	more.addEventListener('click', () => void showMore());
	window.addEventListener('popstate', () => {
		restore(readSearchState(new URLSearchParams(location.search), facets.known()));
		void search();
	});

	restore(readSearchState(new URLSearchParams(location.search), facets.known()));
	if (input.value) void search();
	// Fetch the index while the reader types their first word.
	input.addEventListener('focus', () => void openSearchSession(), { once: true });
}
