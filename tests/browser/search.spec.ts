/**
 * Search as readers use it, at the root and under a sub-path (the company copy). Justified as browser tests:
 * Pagefind runs only in a browser (WebAssembly in a web worker), and the search page is a script.
 */
import { expect, test, type Page } from '@playwright/test';
import { HELD_OUT_QUERIES, TUNING_QUERIES } from './search-queries.ts';
import { SearchPage } from './search-page.ts';
import { SearchDialog } from './search-dialog.ts';
import { COMPANY_BASE, COMPANY_PORT } from '../../scripts/lib/company-site.ts';

/** Queries of each half found in the first three when last measured (see search-queries.ts). */
const TUNING_FLOOR = 16;
const HELD_OUT_FLOOR = 19;

/**
 * The same checks at the root of the preview server and on a build served under a sub-path. The
 * reader queries measure the ranking of the published content, so they run at the root only: the
 * company copy has pages of its own and hides a guide.
 */
function searchTests(base: () => string, { readerQueries }: { readerQueries: boolean }) {
	const path = (page: string) => `${new URL(base()).pathname}${page}`;
	const open = (page: Page) => new SearchPage(page, base());

	test('a word finds the pages that use another form of it (French stemming)', async ({ page }) => {
		const search = open(page);
		// « anticipons » is in no page; « anticipation » and « anticiper » are.
		// The company copy hides the piliers guide: the check is on the words found, on any page.
		await search.open({ q: 'anticipons' });
		expect((await search.resultPaths()).length).toBeGreaterThan(0);
		await expect(search.excerpts().first().locator('mark').first()).toHaveText(/^anticip/i);
	});

	test('a word typed without its accents finds the accented word', async ({ page }) => {
		const search = open(page);
		await search.open({ q: 'reseau' });
		expect((await search.resultPaths())[0]).toBe(path('guides/reseau-d-assistants/'));
		await expect(search.excerpts().first().locator('mark').first()).toHaveText(/réseau/i);
	});

	test('a word after an elision is found (« autoévaluation » in « d’autoévaluation »)', async ({ page }) => {
		const search = open(page);
		await search.open({ q: 'autoevaluation' });
		expect((await search.resultPaths())[0]).toBe(path('modeles/grille-autoevaluation-competences/'));
		await expect(search.excerpts().first()).toContainText('d’autoévaluation');
	});

	test('checklist items and glossary terms are found', async ({ page }) => {
		const search = open(page);
		await search.open({ q: 'support unique rapide à remplir' });
		expect(await search.resultPaths()).toContain(path('guides/charge-invisible/'));
		await search.open({ q: 'réunion bimestrielle' });
		expect((await search.resultPaths())[0]).toBe(path('glossaire/'));
	});

	test('filters narrow the results and go into the address', async ({ page }) => {
		const search = open(page);
		await search.open({ q: 'réseau' });
		const all = await search.resultPaths();
		await search.toggle('Guide');
		const guides = await search.resultPaths();
		expect(guides.length).toBeGreaterThan(0);
		expect(guides.length).toBeLessThan(all.length);
		expect(new Set(await search.resultKinds())).toEqual(new Set(['Guide']));
		expect(page.url()).toContain('type=guide');
		await search.toggle('Dirigeantes et dirigeants');
		expect(page.url()).toContain('public=dirigeant');
		const forExecutives = await search.resultPaths();
		expect(forExecutives.every((result) => guides.includes(result))).toBe(true);
		// Several values of one facet widen it again: guides or templates.
		await search.toggle('Modèle');
		expect((await search.resultPaths()).length).toBeGreaterThanOrEqual(forExecutives.length);
	});

	test('a shared address shows the same query, filters and results', async ({ page }) => {
		const search = open(page);
		await search.open({ q: 'charge mentale', type: 'guide', theme: 'charge-invisible' });
		await expect(search.input()).toHaveValue('charge mentale');
		await expect(search.checkbox('Guide')).toBeChecked();
		await expect(search.checkbox('Charge invisible')).toBeChecked();
		expect(await search.resultPaths()).toEqual([path('guides/charge-invisible/')]);
		await search.type('confiance');
		expect(new URL(page.url()).search).toBe('?q=confiance&theme=charge-invisible&type=guide');
		await page.reload();
		await search.waitForResults();
		await expect(search.input()).toHaveValue('confiance');
	});

	test('a sentence with no page holding every word still finds pages, and says so', async ({ page }) => {
		const search = open(page);
		await search.open({ q: 'charte messagerie augmentation' });
		await expect(page.getByRole('status').filter({ hasText: 'Aucune page ne contient tous ces mots' })).toBeVisible();
		expect((await search.resultPaths()).length).toBeGreaterThan(0);
	});

	// Each half must keep the score it had when last measured (2026-12-01, after the guides' last
	// editorial passes: tuning 16 of 22, held-out 19 of 23, in the first three). Held-out was 21
	// before those passes rewrote the guides; « remarquer les tensions dans l’équipe » and « mon
	// salaire est trop bas » lost their page, no page or keyword edited for them. The misses are printed; a held-out miss is a
	// finding to report, never a page or keyword to edit (see search-queries.ts). The header's
	// dialog runs the same search: for each query it must show the same three pages, read on the
	// same page so that Pagefind loads once per half.
	const halves = [
		['tuning', TUNING_QUERIES, TUNING_FLOOR],
		['held-out', HELD_OUT_QUERIES, HELD_OUT_FLOOR],
	] as const;
	for (const [half, queries, floor] of readerQueries ? halves : []) {
		test(`the ${half} queries find their page in the first three (at least ${floor} of ${queries.length}), the same three in the dialog`, async ({
			page,
		}) => {
			test.setTimeout(120_000);
			const search = open(page);
			const dialog = new SearchDialog(page);
			const misses: string[] = [];
			await search.open();
			for (const { query, expected } of queries) {
				await search.type(query);
				const top = [...new Set(await search.resultPaths())].slice(0, 3);
				if (!expected.some((answer) => top.includes(path(answer)))) misses.push(`${query} → ${top.join(', ')}`);
				await dialog.open();
				await dialog.type(query);
				expect.soft((await dialog.resultPaths()).slice(0, 3), `the dialog’s first three for « ${query} »`).toEqual(top);
				await page.keyboard.press('Escape');
				await expect(dialog.dialog).toBeHidden();
			}
			test.info().annotations.push({ type: `${half} misses`, description: misses.join('\n') || 'none' });
			expect(queries.length - misses.length, misses.join('\n')).toBeGreaterThanOrEqual(floor);
		});
	}
}

test.describe('at the root', () => {
	let base = '';
	test.beforeEach(({ baseURL }) => {
		base = baseURL ?? '';
	});
	searchTests(() => base, { readerQueries: true });
});

// The company copy, served by nginx for the whole run, is the guide under a sub-path.
test.describe('under a sub-path', () => {
	searchTests(() => `http://127.0.0.1:${COMPANY_PORT}${COMPANY_BASE}`, { readerQueries: false });
});
