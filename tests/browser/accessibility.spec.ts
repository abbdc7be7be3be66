/**
 * Every page of the sitemap, in both themes, through axe. Justified as a browser test: contrast
 * and focus depend on the computed styles of each theme.
 */
import { expect, test } from '@playwright/test';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { axeViolations, THEMES } from './checks.ts';
import { notFoundPath, sitemapPaths } from './site-pages.ts';

const paths = [...sitemapPaths(), notFoundPath(loadSiteConfig().basePath)];

for (const theme of THEMES) {
	for (const path of paths) {
		test(`${theme} theme: axe finds nothing on ${path}`, async ({ page }) => {
			expect(await axeViolations(page, path, theme)).toEqual([]);
		});
	}
}
