/**
 * The sweep of a copy of the guide over every page it builds, plus its 404. Justified as
 * browser tests: contrast, focus, widths and link colours are computed styles, previous/next and
 * the phone menu are what a reader reaches, and only a real page load shows what the HTML, CSS
 * and scripts end up requesting and running.
 *
 * Each page is opened once, in the light theme, at desktop width: axe on its content (`main`),
 * requests to other hosts, CSP violations, link colours and previous/next are read from that
 * visit; then the same page, resized to 320 and 390 px, must not scroll sideways and must keep its
 * header buttons and theme switch within reach. The whole page (header, sidebar, table of
 * contents, footer: the same components on every page of a kind) goes through axe on one page of
 * each kind (see `onePerKind`), in both themes, as do its link colours in the dark theme: the
 * themes differ by their colour variables, which every page of a kind shares. Search loads its
 * own scripts, WebAssembly and index on demand: it is exercised once.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, openInTheme, THEMES, watchForeignRequestsAndCsp } from './checks.ts';
import {
	expectPaginationInSection,
	expectThemeSwitchReachable,
	headerControlsOutside,
	linksInDefaultColours,
	sidewaysScroll,
} from './page-checks.ts';
import { onePerKind } from './site-pages.ts';

/** Phone widths every page must fit, narrowest first (the menu is opened at the last one). */
const PHONE_WIDTHS = [320, 390];

export function sweep(paths: string[]): void {
	for (const path of paths) {
		test(`${path}: axe, network, CSP, links, previous/next, and a phone's width`, async ({ page, baseURL }) => {
			// axe on the longest pages (the glossary, a guide with its checklists) takes seconds.
			test.setTimeout(60_000);
			const problems = watchForeignRequestsAndCsp(page, new URL(baseURL ?? '').origin);
			await openInTheme(page, path, 'light');
			expect(await axeViolations(page, 'main'), 'axe on the page’s content').toEqual([]);
			expect(await linksInDefaultColours(page), 'links in the browser’s default colours').toEqual([]);
			await expectPaginationInSection(page, `${baseURL ?? ''}glossaire/`);
			for (const width of PHONE_WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				expect(await sidewaysScroll(page), `sideways scroll at ${width} px`).toBe(0);
				expect(await headerControlsOutside(page), `header controls outside the window at ${width} px`).toEqual([]);
			}
			await expectThemeSwitchReachable(page);
			expect(problems, 'requests to other hosts and CSP violations').toEqual([]);
		});
	}
	for (const path of onePerKind(paths)) {
		for (const theme of THEMES) {
			test(`${path}: axe on the whole page and link colours in the ${theme} theme`, async ({ page }) => {
				test.setTimeout(60_000);
				await openInTheme(page, path, theme);
				expect(await axeViolations(page), 'axe').toEqual([]);
				expect(await linksInDefaultColours(page), 'links in the browser’s default colours').toEqual([]);
			});
		}
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
