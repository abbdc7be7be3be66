/**
 * Paper: an outside link prints its address, and a printed checklist shows what was ticked.
 * Justified as a browser test: only a browser applies the print style sheet.
 */
import { expect, test } from '@playwright/test';

test('an outside link in a page prints its address after its text; a page of the site does not', async ({ page }) => {
	await page.goto('guides/posture-partenaire/');
	// The guides cite no outside address today: a link is added to the page's content to test the rule.
	await page.evaluate(() => {
		const content = document.querySelector('.sl-markdown-content');
		content?.insertAdjacentHTML(
			'beforeend',
			'<p><a id="dehors" href="https://www.service-public.fr/">Service public</a> <a id="dedans" href="./">ici</a></p>',
		);
	});
	await page.emulateMedia({ media: 'print' });
	const after = (id: string) =>
		page.evaluate((selector) => getComputedStyle(document.getElementById(selector) as Element, '::after').content, id);
	expect(await after('dehors')).toBe('" (https://www.service-public.fr/)"');
	expect(await after('dedans')).toBe('none');
});

test('a printed checklist fills the squares that were ticked, and only those', async ({ page }) => {
	await page.goto('checklists/posture-routine-hebdomadaire/');
	const boxes = page.locator('.checklist__items input[type="checkbox"]');
	await boxes.first().check();
	await page.emulateMedia({ media: 'print' });
	const fill = (index: number) => boxes.nth(index).evaluate((box) => getComputedStyle(box).backgroundColor);
	expect(await fill(0)).toBe('rgb(0, 0, 0)');
	expect(await fill(1)).toBe('rgb(255, 255, 255)');
	expect(await boxes.first().evaluate((box) => getComputedStyle(box).printColorAdjust)).toBe('exact');
});
