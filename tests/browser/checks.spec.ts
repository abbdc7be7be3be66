/**
 * The sweep's own instruments, on pages made for them: a check that finds nothing on the guide
 * must be seen to find something where there is something to find.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './checks.ts';
import { linksInDefaultColours, sidewaysScroll } from './page-checks.ts';

test('axe reports an image without text and a low-contrast paragraph, inside `within` only', async ({ page }) => {
	await page.setContent(`<!doctype html><html lang="fr"><head><title>Essai</title></head><body>
		<main><h1>Essai</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><p style="color:#bbb;background:#fff">Texte pâle</p></main>
		<footer><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></footer></body></html>`);
	const inMain = await axeViolations(page, 'main');
	expect(inMain.map((violation) => violation.split(':')[0]).sort()).toEqual(['color-contrast', 'image-alt']);
	expect(inMain.join(' ')).not.toContain('footer');
	expect((await axeViolations(page)).find((violation) => violation.startsWith('image-alt'))).toContain('footer');
});

test('a link in the browser’s colours and a page wider than the window are reported', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 600 });
	await page.setContent(
		`<!doctype html><html lang="fr"><body style="margin:0"><a href="#x">Lien nu</a><div style="width:500px">Large</div></body></html>`,
	);
	expect(await linksInDefaultColours(page)).toEqual(['Lien nu (rgb(0, 0, 238))']);
	expect(await sidewaysScroll(page)).toBe(180);
});
