/**
 * What every page runs for the header search: the button, Ctrl+K / ⌘K and « / ». The dialog
 * itself (search-dialog.ts, with the query, results and facets) loads at the first of these,
 * and Pagefind when the dialog first opens: a page that nobody searches from pays for this file
 * only. A pointer or the keyboard reaching the button starts the load a moment early.
 */
import { required } from '../../lib/dom/required.ts';
import type { SearchDialog } from './search-dialog.ts';

export function startSearchOpener(root: HTMLElement): void {
	const opener = required<HTMLAnchorElement>(root, '[data-open-search]');
	let dialog: Promise<SearchDialog> | undefined;
	const load = () => (dialog ??= import('./search-dialog.ts').then(({ startSearchDialog }) => startSearchDialog(root)));

	// A button for those who have JavaScript; a link to /recherche/ for those who have not.
	opener.setAttribute('role', 'button');
	opener.setAttribute('aria-haspopup', 'dialog');
	const keys = required<HTMLElement>(opener, '[data-search-keys]');
	// `navigator.platform` is deprecated but, unlike the user agent, not spoofed by devtools.
	if (/Mac|iPhone|iPad|iPod/.test(navigator.platform)) required<HTMLElement>(keys, 'kbd').textContent = '⌘';
	keys.hidden = false;

	for (const early of ['pointerenter', 'focus', 'touchstart'] as const)
		opener.addEventListener(early, () => void load(), { once: true, passive: true });
	opener.addEventListener('click', (event) => {
		event.preventDefault();
		void load().then((search) => search.show());
	});
	window.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			void load().then((search) => search.toggle());
		} else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
			event.preventDefault();
			void load().then((search) => search.show());
		}
	});
}

/** « / » is a character like any other while the reader writes in a field. */
function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable ||
			target instanceof HTMLInputElement ||
			target instanceof HTMLTextAreaElement ||
			target instanceof HTMLSelectElement)
	);
}
