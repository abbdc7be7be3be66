/**
 * What only a browser's layout shows on a guide: a stored theme that Starlight does not know must
 * not break the page (only the theme script, running in a browser, reads it), and the table of
 * contents must not jump when the text arrives after a first paint. (How every page fits a phone,
 * reaches its theme switch and colours its links is checked by the sweep, sweep.ts.)
 */
import { expect, test } from '@playwright/test';

test('a stray stored theme neither throws nor breaks the page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => localStorage.setItem('starlight-theme', '.{not json'));
	await page.goto('guides/posture-partenaire/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
	await expect(page.locator('starlight-theme-select select').first()).toHaveValue('auto');
	expect(errors).toEqual([]);
});

test('on a wide screen, the table of contents is in its place before the page’s text has arrived', async ({ page }) => {
	await page.setViewportSize({ width: 1350, height: 940 });
	const guide = 'guides/charge-invisible/';
	const tocLeft = () => page.locator('.right-sidebar').evaluate((element) => element.getBoundingClientRect().left);
	await page.goto(guide);
	const final = await tocLeft();
	// The same page cut where its text starts: what a browser may paint before the rest arrives.
	await page.route(`**/${guide}`, async (route) => {
		const html = await (await route.fetch()).text();
		const cut = html.indexOf('<div class="main-pane');
		expect(cut, 'the page has no main pane to cut at').toBeGreaterThan(0);
		await route.fulfill({ contentType: 'text/html', body: html.slice(0, cut) });
	});
	await page.goto(guide);
	expect(await tocLeft()).toBe(final);
});
