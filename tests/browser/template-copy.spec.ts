/**
 * « Copier le modèle » copies the template as it reads (without the headings' hidden anchor text)
 * and says so in its status line. Justified as a browser test: only a browser has a clipboard.
 */
import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copies the template with its formatting and announces it', async ({ page }) => {
	await page.goto('modeles/charte-du-reseau/');
	const template = page.locator('[data-template]');
	const title = await template.locator('[data-template-body] h3').first().innerText();
	await page.getByRole('button', { name: 'Copier le modèle' }).click();
	await expect(template.getByRole('status')).toHaveText(/Modèle copié/);
	const copied = await page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const html = item ? await (await item.getType('text/html')).text() : '';
		return { text: await navigator.clipboard.readText(), html };
	});
	expect(copied.text.startsWith(title)).toBe(true);
	expect(copied.text).not.toContain('Section intitulée');
	expect(copied.html).toContain('<table');
});

test('offers the Word and Markdown files of the template', async ({ page }) => {
	await page.goto('modeles/charte-du-reseau/');
	for (const [name, extension] of [
		[/Word/, '.docx'],
		[/Markdown/, '.md'],
	] as const) {
		const link = page.locator('[data-template]').getByRole('link', { name });
		expect(await link.getAttribute('href')).toMatch(new RegExp(`modeles/charte-du-reseau\\${extension}$`));
		const response = await page.request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
		expect(response.ok()).toBe(true);
	}
});
