/**
 * No page asks anything of another host: no font, image, script or beacon. Justified as a browser
 * test: only a real page load shows what the HTML, CSS and scripts end up requesting.
 */
import { expect, test } from '@playwright/test';
import { notFoundPath, sitemapPaths } from './site-pages.ts';

for (const path of [...sitemapPaths(), notFoundPath()]) {
	test(`${path} requests nothing from another host`, async ({ page, baseURL }) => {
		const origin = new URL(baseURL ?? '').origin;
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) elsewhere.push(request.url());
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		// Open the search dialog too: it loads Pagefind's index and scripts on demand.
		await page
			.getByRole('button', { name: /rechercher/i })
			.first()
			.click();
		await page.keyboard.type('confiance');
		await page.waitForLoadState('networkidle');
		expect(elsewhere).toEqual([]);
	});
}
