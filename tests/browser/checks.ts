/** What every page must pass, in any copy of the guide: shared by the site and company specs. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from '@playwright/test';

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

/** The rules every page must pass: WCAG 2.2 A and AA, and axe's best practices. */
const AXE_RULES: RunOptions = {
	runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
	// Passes and inapplicable rules are not read: axe keeps one node of each instead of all.
	resultTypes: ['violations'],
};

/**
 * axe-core's browser build, run in the page itself. @axe-core/playwright's AxeBuilder opens a
 * second page for each analysis and serialises every result type: three to four times the time
 * of the analysis on our pages, for the same violations. Our pages have no frames to reach.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it stands, on the whole page or only inside `within` (a CSS selector). */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(
		async ({ within, options }) => {
			const axe = (window as unknown as { axe: { run: (context: unknown, options: RunOptions) => Promise<AxeResults> } }).axe;
			const { violations } = await axe.run(within ? { include: [within] } : document, options);
			return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		},
		{ within, options: AXE_RULES },
	);
}

/** Waits until the service worker of the site controls the page: from then on, all is cached. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
}
