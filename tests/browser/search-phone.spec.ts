/**
 * Search on a phone: results before filters. Justified as browser tests: what comes first on a
 * 390 px screen is layout, which only a browser computes.
 */
import { expect, test } from '@playwright/test';
import { SearchDialog } from './search-dialog.ts';
import { SearchPage } from './search-page.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('/recherche/ shows the first result above the fold, filters behind « Filtrer »', async ({ page, baseURL }) => {
	const search = new SearchPage(page, baseURL ?? '');
	await search.open({ q: 'réseau' });
	const toggle = page.getByRole('button', { name: 'Filtrer' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('checkbox', { name: /^Guide/ })).toBeHidden();
	const first = page.locator('[data-search-results] a').first();
	await expect(first).toBeInViewport();
	const firstTop = (await first.boundingBox())?.y ?? Infinity;
	expect(firstTop).toBeLessThan(600);
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('checkbox', { name: /^Guide/ })).toBeVisible();
	// Ticking a filter narrows the results, and its count says by how much.
	const label = await page
		.getByRole('checkbox', { name: /^Guide/ })
		.evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '');
	const count = Number(/\((\d+)\)/.exec(label)?.[1]);
	await search.toggle(label.trim());
	expect(await search.resultPaths()).toHaveLength(count);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the dialog takes the whole screen, filters folded, results at the top', async ({ page, baseURL }) => {
	await page.goto(`${baseURL}guides/charge-invisible/`);
	const search = new SearchDialog(page);
	await search.open();
	const box = await search.dialog.boundingBox();
	expect(box?.width).toBe(390);
	await search.type('charge mentale');
	await expect(search.dialog.locator('details[data-search-filters]')).not.toHaveAttribute('open');
	for (const checkbox of await search.dialog.locator('input[type="checkbox"]').all()) await expect(checkbox).toBeHidden();
	const first = search.results().first();
	await expect(first).toBeInViewport();
	expect((await first.boundingBox())?.y ?? Infinity).toBeLessThan(400);
});
