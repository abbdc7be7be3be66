/** What the service worker of dist/ keeps for offline reading: the readers' pages, not the contributors'. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { precachedUrls } from '../../src/lib/offline/workbox-config.ts';
import { WORKER_FILE } from '../../src/lib/offline/worker-file.ts';

const urls = precachedUrls(readFileSync(join(DIST, WORKER_FILE), 'utf8'));

describe('the precache', () => {
	it('holds the guides, the tools, the livre blanc and the search index', () => {
		for (const expected of ['guides/charge-invisible/index.html', 'outils/journal/index.html', 'livre-blanc.pdf']) {
			expect(
				urls.some((url) => url.endsWith(expected)),
				expected,
			).toBe(true);
		}
		expect(urls.some((url) => url.includes('pagefind/'))).toBe(true);
	});

	it('leaves out the contributor and hosting documentation', () => {
		expect(urls.filter((url) => /(?:^|\/)(?:contribuer|heberger)\//.test(url))).toEqual([]);
	});
});
