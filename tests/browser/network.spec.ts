/**
 * Every page loads as readers get it: nothing requested from another host (no font, image,
 * script or beacon) and nothing blocked by the Content-Security-Policy. Justified as a browser
 * test: only a real page load shows what the HTML, CSS and scripts end up requesting and running.
 */
import { expect, test } from '@playwright/test';
import { notFoundPath, sitemapPaths } from './site-pages.ts';

for (const path of [...sitemapPaths(), notFoundPath()]) {
	test(`${path} requests nothing elsewhere and breaks no security policy`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL ?? '').origin;
		const elsewhere: string[] = [];
		const violations: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) elsewhere.push(request.url());
		});
		page.on('console', (message) => {
			if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`Content-Security-Policy: ${event.violatedDirective} blocked ${event.blockedURI}`);
			});
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		// Open the search dialog too: it loads Pagefind's scripts, WebAssembly and index on demand.
		await page
			.getByRole('button', { name: /rechercher/i })
			.first()
			.click();
		await page.keyboard.type('confiance');
		await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(elsewhere).toEqual([]);
		expect(violations).toEqual([]);
	});
}
