/**
 * The service worker of offline reading, run by the reader's browser. Bundled at the end of every
 * build by src/integrations/service-worker.ts, which writes the build's `WorkerSettings`
 * (workbox-config.ts) in place of `__PARTENAIRE_WORKER__`: the files to precache, the cache names.
 *
 * A new build's worker waits until the reader asks for it (the update notice posts SKIP_WAITING);
 * the first worker takes the page it was installed from, so offline reading works after one visit.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { WorkerSettings } from './workbox-config.ts';

declare const __PARTENAIRE_WORKER__: WorkerSettings;

/** The part of a service worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
	addEventListener(type: 'activate', listener: (event: Event & { waitUntil(work: Promise<unknown>): void }) => void): void;
}

const settings = __PARTENAIRE_WORKER__;
const scope = self as unknown as WorkerScope;

setCacheNameDetails({ prefix: settings.cacheId });

scope.addEventListener('message', (event) => {
	const data = event.data as { type?: unknown } | null;
	if (data?.type === 'SKIP_WAITING') void scope.skipWaiting();
});
clientsClaim();

precacheAndRoute(settings.precache, {
	directoryIndex: settings.directoryIndex,
	ignoreURLParametersMatching: settings.ignoredParams.map((source) => new RegExp(source)),
});
cleanupOutdatedCaches();

// A PDF too large for the precache is kept the first time it is opened.
registerRoute(({ url }) => url.pathname.endsWith('.pdf'), new CacheFirst({ cacheName: settings.pdfCache }));

// Workbox's own clean-up only knows its precache: older builds' PDF caches go here.
scope.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key.startsWith(settings.pdfCachePrefix) && key !== settings.pdfCache)
						.map((key) => caches.delete(key)),
				),
			),
	);
});
