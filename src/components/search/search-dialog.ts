/**
 * The header's search dialog: opens on its button, Ctrl+K / ⌘K or « / »; searches as the reader
 * types (after a short pause) with the same session as the search page; arrows move between the
 * box and the results, Enter opens the result in focus (the first one from the box), Esc closes
 * and focus goes back where it was.
 */
import { dataOf, required } from '../../lib/dom/required.ts';
import { SCOPE, type SearchScope } from '../../lib/search/scope.ts';
import { correctionNotice, describeResults, SEARCH_HINT, SEARCH_MESSAGES } from '../../lib/search/messages.ts';
import { parseQuery } from '../../lib/search/query.ts';
import { openSearchSession, TYPING_PAUSE_MS, type SearchSession } from '../../lib/search/session.ts';
import { writeSearchState } from '../../lib/search/url-state.ts';
import { facetControls } from './facet-controls.ts';
import { narrow, showCounts } from './facet-results.ts';
import { renderResult } from './render-result.ts';

/** Results the dialog lists; « Voir tous les résultats » shows the rest. */
const SHOWN = 8;

/** What the opener (search-dialog-opener.ts) does with the dialog once this module has loaded. */
export interface SearchDialog {
	show(): void;
	/** Ctrl+K / ⌘K: opens, or closes when open. */
	toggle(): void;
}

export function startSearchDialog(root: HTMLElement): SearchDialog {
	const opener = required<HTMLAnchorElement>(root, '[data-open-search]');
	const dialog = required<HTMLDialogElement>(root, 'dialog[data-search-dialog]');
	const form = required<HTMLFormElement>(dialog, 'form');
	const input = required<HTMLInputElement>(form, 'input[type="search"]');
	const status = required<HTMLElement>(form, '[data-search-status]');
	const correction = required<HTMLElement>(form, '[data-search-correction]');
	const corrected = required<HTMLElement>(form, '[data-search-corrected]');
	const exactButton = required<HTMLButtonElement>(form, '[data-search-exact]');
	const list = required<HTMLOListElement>(form, '[data-search-results]');
	const all = required<HTMLAnchorElement>(form, '[data-search-all]');
	const filters = required<HTMLDetailsElement>(form, '[data-search-filters]');
	const facets = facetControls(filters);
	const scope = dataOf(root, 'scope') as SearchScope;
	const searchPage = dataOf(root, 'searchPage');

	let session: Promise<SearchSession> | undefined;
	let returnFocus: HTMLElement | null = null;
	let exact = false;
	let searchCount = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	function show(): void {
		if (dialog.open) return;
		returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		dialog.showModal();
		document.documentElement.toggleAttribute('data-search-open', true);
		input.focus();
		input.select();
		session ??= openSearchSession();
		if (input.value.trim()) schedule(0);
	}

	function links(): HTMLAnchorElement[] {
		return [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
	}

	async function search(): Promise<void> {
		const id = ++searchCount;
		const query = input.value;
		updateAllLink();
		if (parseQuery(query).terms.length === 0) {
			list.replaceChildren();
			correction.hidden = true;
			status.textContent = query.trim() ? SEARCH_MESSAGES.typeMore : SEARCH_HINT;
			dialog.dataset.searched = query;
			return;
		}
		if (!session) session = openSearchSession();
		const ready = await session;
		const outcome = await ready.search(query, { scope, exact });
		const { shown, complete } = await narrow(ready, outcome, facets);
		const items = await Promise.all(
			shown.slice(0, SHOWN).map(async (result, index) => renderResult(await result.data(), `recherche-rapide-${index}`)),
		);
		// A later keystroke started another search: this one's answer is stale.
		if (id !== searchCount) return;
		void showCounts(ready, outcome, facets, () => id === searchCount);
		list.replaceChildren(...items);
		correction.hidden = outcome.corrections.length === 0;
		if (outcome.corrections.length > 0) {
			const notice = correctionNotice(query, outcome.corrections);
			corrected.textContent = notice.searched;
			exactButton.textContent = notice.exact;
		}
		status.textContent = describeResults(shown.length, complete);
		dialog.dataset.searched = query;
	}

	function updateAllLink(): void {
		const state = { query: input.value, facets: facets.slugs(), ...(scope === SCOPE.default ? {} : { scope }) };
		all.href = `${searchPage}${writeSearchState(exact ? { ...state, exact: true } : state)}`;
	}

	function schedule(delay = TYPING_PAUSE_MS): void {
		clearTimeout(timer);
		timer = setTimeout(() => void search(), delay);
	}

	required<HTMLButtonElement>(form, '[data-close-search]').addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => {
		document.documentElement.toggleAttribute('data-search-open', false);
		(returnFocus ?? opener).focus();
	});
	// A click on the backdrop (outside the form) closes, as Starlight's dialog does.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	input.addEventListener('input', () => {
		exact = false;
		schedule();
	});
	filters.addEventListener('change', () => schedule(0));
	exactButton.addEventListener('click', () => {
		exact = true;
		schedule(0);
		input.focus();
	});
	// A result on the page already open (an anchor) must still close the dialog.
	list.addEventListener('click', (event) => {
		if (event.target instanceof Element && event.target.closest('a')) dialog.close();
	});
	form.addEventListener('submit', (event) => {
		// Enter in the box opens the first result; with none yet, the full search page.
		const first = links()[0];
		if (first) {
			event.preventDefault();
			first.click();
		} else {
			updateAllLink();
			event.preventDefault();
			location.href = all.href;
		}
	});
	dialog.addEventListener('keydown', (event) => {
		// Escape closes at once, words typed or not: a search box would otherwise take the first
		// press to empty itself, and the reader would press twice to get the page back.
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
			return;
		}
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops = [input, ...links()];
		const at = stops.indexOf(document.activeElement as HTMLInputElement);
		if (at === -1) return;
		const next = stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
		event.preventDefault();
		next?.focus();
	});
	return { show, toggle: () => (dialog.open ? dialog.close() : show()) };
}
