/** What every page must pass, in any copy of the guide: shared by the site and company specs. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Opens `path` in `theme` and returns axe's violations (WCAG 2.2 A/AA and best practices). */
export async function axeViolations(page: Page, path: string, theme: Theme): Promise<string[]> {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Loads `path`, opens the search and types a word (Pagefind loads its scripts, WebAssembly and
 * index on demand), and returns every request to another host and every CSP violation.
 */
export async function foreignRequestsAndCspViolations(page: Page, path: string, origin: string): Promise<string[]> {
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
			problems.push(`request to ${request.url()}`);
	});
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) problems.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`Content-Security-Policy: ${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	await page
		.getByRole('button', { name: /rechercher/i })
		.first()
		.click();
	await page.keyboard.type('confiance');
	await expect(page.locator('dialog[data-search-dialog] [data-result-link]').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	return problems;
}

/** Waits until the service worker of the site controls the page: from then on, all is cached. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
}
