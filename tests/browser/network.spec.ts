/**
 * Every page loads as readers get it: nothing requested from another host and nothing blocked by
 * the Content-Security-Policy. Justified as a browser test: only a real page load shows what the
 * HTML, CSS and scripts end up requesting and running.
 */
import { expect, test } from '@playwright/test';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { foreignRequestsAndCspViolations } from './checks.ts';
import { notFoundPath, sitemapPaths } from './site-pages.ts';

for (const path of [...sitemapPaths(), notFoundPath(loadSiteConfig().basePath)]) {
	test(`${path} requests nothing elsewhere and breaks no security policy`, async ({ page, baseURL }) => {
		expect(await foreignRequestsAndCspViolations(page, path, new URL(baseURL ?? '').origin)).toEqual([]);
	});
}
