/**
 * A stored theme that Starlight does not know must not break a page. Justified as a browser test:
 * only the theme script, running in a browser, reads it. (How every page fits a phone, reaches its
 * theme switch and colours its links is checked by the sweep, sweep.ts.)
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
