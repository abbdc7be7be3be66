/**
 * The sweep of a copy of the guide over every page of its sitemap, plus its 404. Justified as
 * browser tests: contrast and focus depend on each theme's computed styles, and only a real page
 * load shows what the HTML, CSS and scripts end up requesting and running.
 *
 * Each page is opened once, in the light theme: axe, requests to other hosts and CSP violations
 * are read from that one visit. The dark theme is checked on one page of each kind (see
 * `onePerKind`): the themes differ by their colour variables, which every page of a kind shares.
 * Search loads its own scripts, WebAssembly and index on demand: it is exercised once per copy.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, openInTheme, watchForeignRequestsAndCsp } from './checks.ts';
import { onePerKind } from './site-pages.ts';

export function sweep(paths: string[]): void {
	for (const path of paths) {
		test(`${path}: axe finds nothing (light theme), nothing requested elsewhere, no CSP violation`, async ({ page, baseURL }) => {
			// axe on the longest pages (the glossary, a guide with its checklists) takes seconds.
			test.setTimeout(60_000);
			const problems = watchForeignRequestsAndCsp(page, new URL(baseURL ?? '').origin);
			await openInTheme(page, path, 'light');
			expect(await axeViolations(page)).toEqual([]);
			expect(problems).toEqual([]);
		});
	}
	for (const path of onePerKind(paths)) {
		test(`${path}: axe finds nothing in the dark theme`, async ({ page }) => {
			test.setTimeout(60_000);
			await openInTheme(page, path, 'dark');
			expect(await axeViolations(page)).toEqual([]);
		});
	}
	test('searching from the header requests nothing elsewhere and breaks no security policy', async ({ page, baseURL }) => {
		const problems = watchForeignRequestsAndCsp(page, new URL(baseURL ?? '').origin);
		await page.goto('', { waitUntil: 'networkidle' });
		await page
			.getByRole('button', { name: /rechercher/i })
			.first()
			.click();
		await page.keyboard.type('confiance');
		await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});
}
