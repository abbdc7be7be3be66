/**
 * What a reader's browser downloads: for each page, the HTML, CSS and JavaScript loaded on first
 * view (until the network is idle after `load`), then what a search loads lazily (the search
 * script, Pagefind's engine and index chunks). Service workers are blocked so that a precache
 * does not count as the page's own weight (the precache is measured from its manifest).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { addResource, emptyTotals, type Totals } from './lib/resources.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';

export const SEARCH_QUERY = 'confiance';

export interface PageWeight {
	firstView: Totals;
	/** After a search for SEARCH_QUERY, on the search page only. */
	search?: { totals: Totals; pagefindBytes: number; pagefindRequests: number };
}

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** Collects every response of the page into `totals` (and Pagefind's into `pagefind`) until stopped. */
function record(page: Page, totals: () => Totals, pagefind: { bytes: number; requests: number }) {
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		if (response.status() >= 300) return;
		pending.push(
			response
				.body()
				.then((body) => {
					const resource = {
						url: response.url(),
						type: response.request().resourceType(),
						contentType: response.headers()['content-type'] ?? '',
						body,
					};
					addResource(totals(), resource);
					if (resource.url.includes('/pagefind/')) {
						pagefind.bytes += body.length;
						pagefind.requests += 1;
					}
				})
				.catch(() => undefined),
		);
	});
	return () => Promise.all(pending);
}

/** Types the query in our /recherche/ page, our header's dialog, or Starlight's search dialog. */
async function search(page: Page): Promise<void> {
	const ownPage = page.locator('#recherche-texte');
	const ownDialog = page.locator('header [data-open-search]');
	if ((await ownPage.count()) > 0) await ownPage.fill(SEARCH_QUERY);
	else if ((await ownDialog.count()) > 0) {
		await ownDialog.click();
		await page.locator('dialog[data-search-dialog] input[type="search"]').fill(SEARCH_QUERY);
	} else {
		await page.locator('button[data-open-modal]').first().click();
		await page.locator('#starlight__search input').fill(SEARCH_QUERY);
	}
	await page.waitForTimeout(1500);
	await page.waitForLoadState('networkidle');
}

export async function weighPage(browser: Browser, url: string, { withSearch = false } = {}): Promise<PageWeight | undefined> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	let current = emptyTotals();
	const pagefind = { bytes: 0, requests: 0 };
	const settle = record(page, () => current, pagefind);
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response || response.status() !== 200) {
		await context.close();
		return undefined;
	}
	await page.waitForLoadState('networkidle');
	await settle();
	const weight: PageWeight = { firstView: current };
	if (withSearch) {
		current = emptyTotals();
		pagefind.bytes = 0;
		pagefind.requests = 0;
		await search(page);
		await settle();
		weight.search = { totals: current, pagefindBytes: pagefind.bytes, pagefindRequests: pagefind.requests };
	}
	await context.close();
	return weight;
}
