/**
 * Every page of the sitemap, in both themes, through axe (WCAG 2.2 A and AA rules, plus the best
 * practices axe enables by default). Justified as a browser test: contrast and focus depend on the
 * computed styles of each theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { notFoundPath, sitemapPaths } from './site-pages.ts';

const paths = [...sitemapPaths(), notFoundPath()];

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		});

		for (const path of paths) {
			test(`axe finds nothing on ${path}`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	});
}
