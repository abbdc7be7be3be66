/** What every page must pass, in any copy of the guide: shared by the site and company specs. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Problems seen while a page loads and runs: requests to another host and CSP violations. */
export function watchForeignRequestsAndCsp(page: Page, origin: string): string[] {
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
			problems.push(`request to ${request.url()}`);
	});
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) problems.push(message.text());
	});
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`Content-Security-Policy: ${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
	return problems;
}

/**
 * Opens `path` in `theme`, as a reader whose theme choice is saved. `load` rather than network
 * idle: the checks that follow take longer than any request the page starts late, and the
 * requests are read at the end of the visit.
 */
export async function openInTheme(page: Page, path: string, theme: Theme): Promise<void> {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
	await page.goto(path, { waitUntil: 'load' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * axe's violations on the page as it stands (WCAG 2.2 A/AA and best practices), on the whole page
 * or only inside `within` (a CSS selector).
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
	const results = await (within ? builder.include(within) : builder).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until the service worker of the site controls the page: from then on, all is cached. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
}
