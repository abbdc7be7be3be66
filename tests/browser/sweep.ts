/**
 * The sweep of a copy of the guide over every page it builds, plus its 404. Justified as
 * browser tests: contrast, focus, widths and link colours are computed styles, previous/next and
 * the phone menu are what a reader reaches, and only a real page load shows what the HTML, CSS
 * and scripts end up requesting and running.
 *
 * Each page is opened once, in the light theme, at desktop width, in one browser page per worker
 * and theme that walks its share of the sitemap (a fresh context per address would cost a context
 * and a cold HTTP cache each time, for nothing the sweep reads): axe on its content (`main`),
 * requests to other hosts, CSP violations, link colours and previous/next are read from that
 * visit; then the same page, resized to 320 and 390 px, must not scroll sideways and must keep its
 * header buttons and theme switch within reach. The whole page (header, sidebar, table of
 * contents, footer: the same components on every page of a kind) goes through axe on one page of
 * each kind (see `onePerKind`) in that visit, and again in the dark theme with its link colours: the
 * themes differ by their colour variables, which every page of a kind shares. Search loads its
 * own scripts, WebAssembly and index on demand: it is exercised once.
 */
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { axeViolations, watchForeignRequestsAndCsp, type Theme } from './checks.ts';
import {
	expectPaginationInSection,
	expectThemeSwitchReachable,
	headerControlsOutside,
	linksInDefaultColours,
	sidewaysScroll,
} from './page-checks.ts';
import { onePerKind } from './site-pages.ts';
import { SearchDialog } from './search-dialog.ts';

/** Phone widths every page must fit, narrowest first (the menu is opened at the last one). */
const PHONE_WIDTHS = [320, 390];
const DESKTOP = { width: 1280, height: 720 };

/** A reader's page kept for a whole worker in one theme, and what its visits ran into. */
interface SweepPage {
	page: Page;
	/** Requests to other hosts and CSP violations since the last `clear()`. */
	problems: string[];
	clear(): void;
}

const test = base.extend<object, { sweepPages: (theme: Theme) => Promise<SweepPage> }>({
	sweepPages: [
		async ({ browser }, use, workerInfo) => {
			const baseURL = workerInfo.project.use.baseURL ?? '';
			const opened = new Map<Theme, Promise<SweepPage>>();
			const open = async (theme: Theme): Promise<SweepPage> => {
				const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: DESKTOP });
				await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
				const page = await context.newPage();
				const problems = watchForeignRequestsAndCsp(page, new URL(baseURL).origin);
				return { page, problems, clear: () => problems.splice(0) };
			};
			await use((theme) => {
				if (!opened.has(theme)) opened.set(theme, open(theme));
				return opened.get(theme) as Promise<SweepPage>;
			});
			for (const sweepPage of opened.values()) await (await sweepPage).page.context().close();
		},
		{ scope: 'worker' },
	],
});

/** The worker's page in `theme`, at desktop width, on `path`, with nothing seen yet. */
async function visit(sweepPages: (theme: Theme) => Promise<SweepPage>, path: string, theme: Theme): Promise<SweepPage> {
	const sweepPage = await sweepPages(theme);
	sweepPage.clear();
	await sweepPage.page.setViewportSize(DESKTOP);
	await sweepPage.page.goto(path, { waitUntil: 'load' });
	await expect(sweepPage.page.locator('html')).toHaveAttribute('data-theme', theme);
	return sweepPage;
}

/**
 * What a reader sees of each kind of page, desktop and phone, in both themes, kept with the run's
 * output (test-results/screenshots/<project>/) to be looked at: no check reads them.
 */
async function keepScreenshot(page: Page, path: string, device: 'desktop' | 'phone', theme: Theme): Promise<void> {
	const name = path.split('/').filter(Boolean).join('_') || 'accueil';
	await page.screenshot({ path: join('test-results/screenshots', test.info().project.name, `${name}-${device}-${theme}.png`) });
}

export function sweep(paths: string[]): void {
	const kindSamples = new Set(onePerKind(paths));
	for (const path of paths) {
		// The sample of each kind goes through axe whole here; the dark theme is a visit of its own below.
		const within = kindSamples.has(path) ? undefined : 'main';
		test(`${path}: axe${within ? ' on the content' : ' on the whole page'}, network, CSP, links, previous/next, and a phone's width`, async ({
			sweepPages,
			baseURL,
		}) => {
			const { page, problems } = await visit(sweepPages, path, 'light');
			if (!within) await keepScreenshot(page, path, 'desktop', 'light');
			expect(await axeViolations(page, within), within ? 'axe on the page’s content' : 'axe on the whole page').toEqual([]);
			expect(await linksInDefaultColours(page), 'links in the browser’s default colours').toEqual([]);
			await expectPaginationInSection(page, `${baseURL ?? ''}glossaire/`);
			for (const width of PHONE_WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				expect(await sidewaysScroll(page), `sideways scroll at ${width} px`).toBe(0);
				expect(await headerControlsOutside(page), `header controls outside the window at ${width} px`).toEqual([]);
			}
			if (!within) await keepScreenshot(page, path, 'phone', 'light');
			await expectThemeSwitchReachable(page);
			expect(problems, 'requests to other hosts and CSP violations').toEqual([]);
		});
	}
	for (const path of kindSamples) {
		test(`${path}: axe on the whole page and link colours in the dark theme`, async ({ sweepPages }) => {
			const { page } = await visit(sweepPages, path, 'dark');
			await keepScreenshot(page, path, 'desktop', 'dark');
			expect(await axeViolations(page), 'axe').toEqual([]);
			expect(await linksInDefaultColours(page), 'links in the browser’s default colours').toEqual([]);
			await page.setViewportSize({ width: PHONE_WIDTHS.at(-1) ?? 390, height: 800 });
			await keepScreenshot(page, path, 'phone', 'dark');
		});
	}
	test('searching from the header requests nothing elsewhere and breaks no security policy', async ({ page, baseURL }) => {
		const problems = watchForeignRequestsAndCsp(page, new URL(baseURL ?? '').origin);
		await page.goto('', { waitUntil: 'networkidle' });
		const search = new SearchDialog(page);
		await search.open();
		await search.press('confiance');
		await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});
}
