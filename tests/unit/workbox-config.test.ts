import { describe, expect, it } from 'vitest';
import { manifestOptions, pdfCacheName, precachedUrls, workerSettings } from '../../src/lib/offline/workbox-config.ts';
import { WORKER_FILE } from '../../src/lib/offline/worker-file.ts';

const options = manifestOptions('/site/dist');
const settings = workerSettings([{ url: 'index.html', revision: 'r1' }], 'abc123');
const ignored = (param: string) => settings.ignoredParams.some((source) => new RegExp(source).test(param));

describe('service worker settings', () => {
	it('precaches the pages, the assets, the downloads and the whole search index, never the worker', () => {
		expect(options.globPatterns).toContain('pagefind/**/*');
		expect(options.globPatterns).toContain('**/*.pdf');
		expect(options.globPatterns?.[0]).toMatch(/html/);
		expect(options.globIgnores).toContain(WORKER_FILE);
	});

	it('serves /recherche/?q=… from the precached search page, and ignores tracking tags', () => {
		expect(ignored('q')).toBe(true);
		expect(ignored('theme')).toBe(true);
		expect(ignored('utm_source')).toBe(true);
		expect(ignored('page')).toBe(false);
	});

	it('serves pagefind-entry.json?ts=… from the precache, as Pagefind asks for it', () => {
		expect(ignored('ts')).toBe(true);
		expect(ignored('tsx')).toBe(false);
	});

	it('keeps PDFs in a cache named after the build, and recognises the older builds’ ones', () => {
		expect(settings.pdfCache).toBe('partenaire-pdf-abc123');
		expect(settings.pdfCache).toBe(pdfCacheName('abc123'));
		expect(pdfCacheName('older1').startsWith(settings.pdfCachePrefix)).toBe(true);
		expect(settings.cacheId.startsWith('partenaire')).toBe(true);
	});

	it('goes into the worker as JSON', () => {
		expect(JSON.parse(JSON.stringify(settings))).toEqual(settings);
	});
});

describe('precachedUrls', () => {
	it('reads the entries back whatever quotes the minifier chose', () => {
		const code =
			"let K={precache:[{url:`index.html`,revision:`a`},{url:\"guides/a/index.html\",revision:null},{url:'b.pdf',revision:'c'}]}";
		expect(precachedUrls(code)).toEqual(['index.html', 'guides/a/index.html', 'b.pdf']);
	});

	it('does not take a url: that only looks like an entry', () => {
		expect(precachedUrls('throw new t(`no-response`,{url:e.url,error:i})')).toEqual([]);
	});
});
