/**
 * The header's search dialog. Justified as browser tests: it is a script driving Pagefind
 * (WebAssembly in a web worker), a modal dialog and the keyboard.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './checks.ts';
import { SearchDialog } from './search-dialog.ts';
import { SearchPage } from './search-page.ts';

const NNBSP = '\u202f';
const basePath = (baseURL: string | undefined) => new URL(baseURL ?? 'http://x/').pathname;

test.describe('the header search dialog', () => {
	test('speaks French, from the button to the results', async ({ page, baseURL }) => {
		await page.goto(`${baseURL}guides/posture-partenaire/`);
		const search = new SearchDialog(page);
		await search.open();
		await expect(search.dialog.getByRole('heading', { name: 'Rechercher dans le guide' })).toBeVisible();
		await expect(search.dialog.getByRole('button', { name: 'Fermer' })).toBeVisible();
		await expect(search.status()).toHaveText(/^Tapez un mot ou une question\u00a0:/);
		await search.type('réseau');
		await expect(search.status()).toHaveText(/^\d+ pages trouvées\.$/);
		await expect(search.dialog.getByText('Filtrer', { exact: true })).toBeVisible();
		await expect(search.dialog.getByRole('link', { name: 'Voir tous les résultats' })).toBeVisible();
		await expect(search.dialog.locator('.search-result__kind').first()).toHaveText(
			/^(Guide|Modèle|Checklist|Parcours|Glossaire|Référence)/,
		);
		// None of Pagefind UI's English.
		await expect(search.dialog).not.toContainText(/results|Searching|Clear|Load more|Theme/);
	});

	test('shows clean excerpts: elisions joined, no keywords, no small word highlighted', async ({ page, baseURL }) => {
		await page.goto(baseURL ?? '');
		const search = new SearchDialog(page);
		await search.open();
		await search.type('comment gagner la confiance de mon directeur');
		const text = (await search.dialog.locator('[data-search-results]').innerText()).replace(/\s+/g, ' ');
		expect(text).not.toMatch(/\b[dlnqs]’ \p{L}/u);
		// The keywords of « Les piliers de la confiance », searchable but never shown.
		expect(text).not.toContain('directeur, directrice, patron');
		const marks = await search.dialog.locator('mark').allInnerTexts();
		expect(marks.length).toBeGreaterThan(0);
		expect(marks.map((mark) => mark.toLowerCase())).not.toContain('la');
		expect(marks.map((mark) => mark.toLowerCase())).not.toContain('de');
	});

	test('forgives typos, says which words it searched, and offers the exact words', async ({ page, baseURL }) => {
		const base = basePath(baseURL);
		await page.goto(baseURL ?? '');
		const search = new SearchDialog(page);
		await search.open();
		await search.type('charge invisble');
		await expect(search.dialog.getByText(`Résultats pour «${NNBSP}charge invisible${NNBSP}»`)).toBeVisible();
		expect((await search.resultPaths()).slice(0, 3)).toContain(`${base}guides/charge-invisible/`);
		await search.type('confience');
		expect((await search.resultPaths())[0]).toBe(`${base}guides/piliers-de-la-confiance/`);
		const exact = search.dialog.getByRole('button', { name: `Chercher plutôt «${NNBSP}confience${NNBSP}»` });
		await exact.click();
		await expect(search.dialog.locator('[data-search-correction]')).toBeHidden();
		await expect(search.dialog.getByRole('link', { name: 'Voir tous les résultats' })).toHaveAttribute('href', /exact=1/);
	});

	test('opens with Ctrl+K and « / », moves with the arrows, opens with Enter', async ({ page, baseURL }) => {
		const base = basePath(baseURL);
		await page.goto(`${baseURL}glossaire/`);
		const search = new SearchDialog(page);
		await page.keyboard.press('Control+k');
		await expect(search.dialog).toBeVisible();
		await expect(search.input).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
		await page.keyboard.press('/');
		await expect(search.dialog).toBeVisible();
		await search.press('charte du reseau');
		await search.waitFor('charte du reseau');
		const paths = await search.resultPaths();
		await page.keyboard.press('ArrowDown');
		await expect(search.results().first()).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(search.results().nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(search.input).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${paths[0]}$`));
		expect(paths[0]).toBe(`${base}modeles/charte-du-reseau/`);
	});

	test('closes with one Esc, words typed or not, and gives the focus back to the button', async ({ page, baseURL }) => {
		await page.goto(baseURL ?? '');
		const button = page.locator('header [data-open-search]');
		await button.focus();
		await page.keyboard.press('Enter');
		const search = new SearchDialog(page);
		await expect(search.input).toBeFocused();
		await search.type('confiance');
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('is an accessible modal dialog: named, a labelled box, results announced politely', async ({ page, baseURL }) => {
		await page.goto(baseURL ?? '');
		const search = new SearchDialog(page);
		await search.open();
		await expect(page.getByRole('dialog', { name: 'Rechercher dans le guide' })).toBeVisible();
		await expect(search.dialog.getByRole('searchbox', { name: 'Mots à chercher' })).toBeVisible();
		await expect(search.status()).toHaveAttribute('role', 'status');
		await search.type('charge mentale');
		for (const theme of ['light', 'dark']) {
			await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
			expect(await axeViolations(page, 'dialog[data-search-dialog]'), theme).toEqual([]);
		}
	});

	test('« Voir tous les résultats » opens /recherche/ with the query', async ({ page, baseURL }) => {
		const base = basePath(baseURL);
		await page.goto(baseURL ?? '');
		const search = new SearchDialog(page);
		await search.open();
		await search.type('entretien annuel');
		await search.dialog.getByRole('link', { name: 'Voir tous les résultats' }).click();
		await expect(page).toHaveURL(`${baseURL}recherche/?q=entretien+annuel`);
		const full = new SearchPage(page, baseURL ?? '');
		await full.waitForResults();
		expect((await full.resultPaths())[0]).toMatch(new RegExp(`^${base}`));
	});

	test('leaves out the home page, and contributors’ pages unless asked from them', async ({ page, baseURL }) => {
		const base = basePath(baseURL);
		await page.goto(baseURL ?? '');
		const search = new SearchDialog(page);
		await search.open();
		await search.type('comment dire non à mon directeur');
		const paths = await search.resultPaths();
		expect(paths).not.toContain(base);
		expect(paths.filter((path) => path.startsWith(`${base}contribuer/`) || path.startsWith(`${base}heberger/`))).toEqual([]);
		// On a contributors' page, the dialog searches their pages.
		await page.goto(`${baseURL}contribuer/`);
		await search.open();
		await expect(search.dialog.getByRole('heading', { name: 'Rechercher dans contribuer et héberger' })).toBeVisible();
		await search.type('composants MDX');
		expect(
			(await search.resultPaths()).every((path) => path.startsWith(`${base}contribuer/`) || path.startsWith(`${base}heberger/`)),
		).toBe(true);
		expect((await search.resultPaths())[0]).toBe(`${base}contribuer/composants/`);
	});
});
