/**
 * Registers `sw.js` under the base path and shows the update notice when a new build's worker
 * is installed and waiting. The page reloads only when the reader asks for the new version, so
 * nothing changes under their eyes.
 */
import { required } from '../../lib/dom/required.ts';
import { WORKER_FILE } from '../../lib/offline/worker-file.ts';

/** Called once the page has loaded (see UpdateNotice.astro): the worker's install waits for nothing more urgent. */
export async function registerServiceWorker(base: string, notice: HTMLElement): Promise<void> {
	// No worker where the browser has none (an old browser, some private modes, a policy that
	// blocks them): the pages still work online, only offline reading is lost.
	if (!('serviceWorker' in navigator)) return;
	const box = required<HTMLElement>(notice, '.update-notice__box');
	const button = required<HTMLButtonElement>(box, 'button');
	let readerAsked = false;

	function offer(worker: ServiceWorker): void {
		box.hidden = false;
		button.onclick = () => {
			readerAsked = true;
			button.disabled = true;
			worker.postMessage({ type: 'SKIP_WAITING' });
		};
	}

	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// The first worker also takes control of the page: that is no reason to reload.
		if (readerAsked) location.reload();
	});

	let registration: ServiceWorkerRegistration | undefined;
	try {
		registration = await navigator.serviceWorker.register(`${base}${WORKER_FILE}`, { scope: base });
	} catch {
		// Refused (storage off, a policy that blocks workers): the site works on, offline reading is lost.
		return;
	}
	// A browser that blocks workers by policy may answer with no registration rather than an error.
	if (!registration) return;
	const watch = (worker: ServiceWorker | null) =>
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
		});
	// The browser may have found the new build before this script ran: waiting, or installing.
	if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));
	// Look for a new build at every page load rather than at the browser's own pace; offline,
	// the check fails and the cached version stays.
	registration.update().catch(() => undefined);
}
