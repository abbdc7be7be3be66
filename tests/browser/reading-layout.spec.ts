/**
 * Every page of the sitemap on a phone and in both themes: nothing scrolls sideways at 320 and
 * 390 px, the header's buttons and the theme switch can be reached, and no link keeps the
 * browser's default colours. Justified as a browser test: widths and colours are computed styles.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { THEMES } from './checks.ts';
import { notFoundPath, sitemapPaths } from './site-pages.ts';

const paths = [...sitemapPaths(), notFoundPath(loadSiteConfig().basePath)];

/** Chromium's own link colours (unvisited and visited), in its light and dark colour schemes. */
const DEFAULT_LINK_COLOURS = ['rgb(0, 0, 238)', 'rgb(85, 26, 139)', 'rgb(158, 158, 255)', 'rgb(208, 173, 240)'];

/** Links whose colour is one of the browser's defaults, named by their text. */
function linksInDefaultColours(page: Page): Promise<string[]> {
	return page.evaluate(
		(defaults) =>
			[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
				.filter((link) => link.getClientRects().length > 0 && defaults.includes(getComputedStyle(link).color))
				.map((link) => `${link.textContent?.trim().slice(0, 40) ?? ''} (${getComputedStyle(link).color})`),
		DEFAULT_LINK_COLOURS,
	);
}

/** How far the page is wider than the window, in CSS pixels. */
function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The header's visible controls (search, theme, and the menu button beside them) that stick out of the window, by name. */
function headerControlsOutside(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('header :is(button, select, a), button[popovertarget="starlight__sidebar"]')]
			.filter((control) => control.getClientRects().length > 0)
			.filter((control) => {
				const box = control.getBoundingClientRect();
				return box.left < 0 || box.right > document.documentElement.clientWidth;
			})
			.map((control) => control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName),
	);
}

for (const path of paths) {
	test(`phone: ${path} fits 320 and 390 px, with its header buttons and theme switch`, async ({ page }) => {
		for (const width of [320, 390]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			expect(await sidewaysScroll(page), `${path} at ${width} px`).toBe(0);
			expect(await headerControlsOutside(page), `header at ${width} px`).toEqual([]);
			const menu = page.locator('button[popovertarget="starlight__sidebar"]');
			if (await menu.isVisible()) await menu.click();
			// On a page with a sidebar the theme switch is in the menu; without one, in the header.
			await expect(page.locator('starlight-theme-select select:visible').first()).toBeVisible();
		}
	});

	test(`links of ${path} take the site's colours in both themes`, async ({ page }) => {
		for (const theme of THEMES) {
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			expect(await linksInDefaultColours(page), `${theme} theme`).toEqual([]);
		}
	});
}

test('a stray stored theme neither throws nor breaks the page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => localStorage.setItem('starlight-theme', '.{not json'));
	await page.goto('guides/posture-partenaire/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
	await expect(page.locator('starlight-theme-select select').first()).toHaveValue('auto');
	expect(errors).toEqual([]);
});
