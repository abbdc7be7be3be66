/**
 * What the service worker keeps: every page, the assets, the search index and the downloads (the
 * livre blanc, the checklist sheets, the templates), precached at install; a PDF too large to
 * precache is cached the first time a reader opens it. Kept apart from the integration so a unit
 * test can read it; the worker itself is src/lib/offline/sw.ts, which receives `WorkerSettings`.
 */
import type { GetManifestOptions, ManifestEntry } from 'workbox-build';
import { CONTRIBUTOR_DOCS } from '../overlay/publication.ts';
import { SEARCH_PARAMS } from '../search/url-state.ts';
import { WORKER_FILE } from './worker-file.ts';

/** Prefix of every cache the guide's worker opens, so an activation can recognise its own. */
export const CACHE_PREFIX = 'partenaire';
/** The start of every build's PDF cache name, the build's version following it. */
const PDF_CACHE_PREFIX = `${CACHE_PREFIX}-pdf-`;
/** Files the build writes that the worker itself is made of, or that readers never request. */
const NOT_PRECACHED = [
	WORKER_FILE,
	// Pagefind's own interfaces: our search uses pagefind.js and its own interface.
	'pagefind/pagefind-ui.*',
	'pagefind/pagefind-modular-ui.*',
	'pagefind/pagefind-component-ui.*',
	'pagefind/pagefind-highlight.js',
	// Contributors and hosts read their documentation online, at their desk: offline reading is
	// for the guide's readers, and those pages (the error catalogue above all) would weigh on
	// every reader's first visit.
	...CONTRIBUTOR_DOCS.map((entry) => (entry.endsWith('/') ? `${entry}**` : `${entry}/**`)),
];

/** The downloadable files: the livre blanc, the checklists' sheets, the templates' Word files. */
export const DOWNLOADS = ['**/*.pdf', '**/*.docx'];

/**
 * Query parameters that name no other file: links' tracking tags, the search page's state
 * (/recherche/?q=… is the precached /recherche/ page), and the timestamp Pagefind adds to
 * `pagefind-entry.json` to get past HTTP caches (the precached entry is the one of the worker's
 * own build, so it is current). As regular expression sources, for the worker.
 */
const IGNORED_PARAMS = ['^utm_', '^fbclid$', ...[...SEARCH_PARAMS, 'ts'].map((param) => `^${param}$`)];

export function manifestOptions(outDir: string): GetManifestOptions {
	return {
		globDirectory: outDir,
		globPatterns: [
			'**/*.{html,css,js,mjs,json,svg,png,jpg,jpeg,webp,avif,ico,woff,woff2,md,txt}',
			// The downloads the home page promises offline. Precached rather than kept by a « Garder
			// hors ligne » action: they add about a quarter to the precache (1.2 of 6.2 MB, BENCHMARKS.md), are
			// fetched after the page has loaded, and are fetched again only when they change.
			...DOWNLOADS,
			// The whole search index: entry, metadata, index and fragment chunks, filters, wasm.
			'pagefind/**/*',
		],
		globIgnores: NOT_PRECACHED,
		// Names with a content hash need no revision query of their own.
		dontCacheBustURLsMatching: /(?:^_astro\/|\.pf_[a-z]+$|\.pagefind$)/,
		maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
	};
}

/** What the worker is given when the build bundles it: plain JSON, written into sw.js. */
export interface WorkerSettings {
	/** The files to precache, with their revisions. */
	precache: ManifestEntry[];
	/** Prefix of the precache's name (Workbox adds its own suffixes). */
	cacheId: string;
	/** This build's runtime cache of PDFs: a new build's PDFs never mix with an old one's. */
	pdfCache: string;
	/** The start of every build's PDF cache name: an activation deletes the others. */
	pdfCachePrefix: string;
	/** The file a folder's address serves. */
	directoryIndex: string;
	/** Query parameters that a precached address ignores, as regular expression sources. */
	ignoredParams: string[];
}

export function workerSettings(precache: ManifestEntry[], version: string): WorkerSettings {
	return {
		precache,
		cacheId: CACHE_PREFIX,
		pdfCache: pdfCacheName(version),
		pdfCachePrefix: PDF_CACHE_PREFIX,
		directoryIndex: 'index.html',
		ignoredParams: IGNORED_PARAMS,
	};
}

/**
 * The addresses a built sw.js precaches, read back from its code (for the build report and the
 * tests): the minifier writes each entry as {url:…,revision:…}, in whichever quotes it prefers.
 */
export function precachedUrls(workerCode: string): string[] {
	return [...workerCode.matchAll(/\burl:(["'`])([^"'`]+)\1/g)].map((match) => match[2] ?? '');
}

export function pdfCacheName(version: string): string {
	return `${PDF_CACHE_PREFIX}${version}`;
}
