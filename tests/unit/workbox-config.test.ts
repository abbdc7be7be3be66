import { describe, expect, it } from 'vitest';
import { cleanupScript, pdfCacheName, serviceWorkerOptions } from '../../src/lib/offline/workbox-config.ts';

const options = serviceWorkerOptions('/site/dist', '/site/dist/sw.js', 'abc123');

describe('service worker options', () => {
	it('precaches the pages, the assets and the whole search index', () => {
		expect(options.globPatterns).toContain('pagefind/**/*');
		expect(options.globPatterns?.[0]).toMatch(/html/);
		expect(options.globIgnores).toContain('sw.js');
	});

	it('waits for the reader before a new build takes over, and drops outdated caches', () => {
		expect(options).toMatchObject({ skipWaiting: false, clientsClaim: true, cleanupOutdatedCaches: true });
	});

	it('serves /recherche/?q=… from the precached search page', () => {
		expect(options.ignoreURLParametersMatching?.some((pattern) => pattern.test('q'))).toBe(true);
		expect(options.ignoreURLParametersMatching?.some((pattern) => pattern.test('theme'))).toBe(true);
	});

	it('serves pagefind-entry.json?ts=… from the precache, as Pagefind asks for it', () => {
		expect(options.ignoreURLParametersMatching?.some((pattern) => pattern.test('ts'))).toBe(true);
	});

	it('caches PDFs on first opening, in a cache named after the build', () => {
		const [pdf] = options.runtimeCaching ?? [];
		expect(pdf?.handler).toBe('CacheFirst');
		expect(pdf?.options?.cacheName).toBe('partenaire-pdf-abc123');
		const matches = pdf?.urlPattern as (context: { url: URL }) => boolean;
		expect(matches({ url: new URL('https://x.example/guide-assistants/checklists/a.pdf') })).toBe(true);
		expect(matches({ url: new URL('https://x.example/guides/a/') })).toBe(false);
	});

	it('deletes the PDF caches of older builds only', () => {
		const script = cleanupScript('abc123');
		expect(script).toContain(JSON.stringify(pdfCacheName('abc123')));
		expect(script).toContain('"partenaire-pdf-"');
		expect(options.importScripts).toEqual(['sw-cleanup-abc123.js']);
	});
});
