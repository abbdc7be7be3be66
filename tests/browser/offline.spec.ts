/**
 * Offline reading and updates, on builds of their own (one at the root, one under a sub-path),
 * each served by a plain static server that the tests can stop and rebuild under. Justified as
 * browser tests: only a browser runs a service worker.
 */
import { expect, test } from '@playwright/test';
import { buildSite, copySite, editSiteFile, type SiteCopy } from '../helpers/site-copy.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { SearchPage } from './search-page.ts';
import { waitForOfflineReady } from './checks.ts';

test.describe.configure({ mode: 'serial' });

const ADDED = 'Paragraphe ajouté par une nouvelle version du guide.';

for (const [name, basePath] of [
	['racine', '/'],
	['sous-chemin', '/guide-assistants/'],
] as const) {
	test.describe(`served at ${basePath}`, () => {
		let copy: SiteCopy;
		let site: StaticSite | undefined;

		test.beforeAll(async () => {
			test.setTimeout(300_000);
			copy = copySite(`hors-ligne-${name}`, basePath);
			buildSite(copy);
			site = await serveStatic(copy.dist, basePath);
		});
		test.afterAll(async () => site?.close());

		test('registers its worker under the base path, scoped to it', async ({ page }) => {
			await page.goto(site?.url() ?? '');
			await waitForOfflineReady(page);
			const registration = await page.evaluate(async () => {
				const r = await navigator.serviceWorker.ready;
				return { scope: r.scope, script: r.active?.scriptURL };
			});
			expect(registration).toEqual({ scope: site?.url(), script: site?.url('sw.js') });
		});

		test('after one visit, pages never opened and search work with the network off', async ({ page, context }) => {
			test.setTimeout(120_000);
			const base = site?.url() ?? '';
			await page.goto(base);
			await waitForOfflineReady(page);
			// Offline twice over: the browser's emulation, and no server at all.
			await site?.close();
			site = undefined;
			await context.setOffline(true);
			try {
				await page.goto(`${base}guides/reseau-d-assistants/`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(/réseau d’assistantes/i);
				await page.goto(`${base}modeles/charte-du-reseau/`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Charte du réseau/);
				const search = new SearchPage(page, base);
				await search.open({ q: 'charge mentale', type: 'guide' });
				expect((await search.resultPaths())[0]).toBe(`${basePath}guides/charge-invisible/`);
			} finally {
				await context.setOffline(false);
				site = await serveStatic(copy.dist, basePath);
			}
		});

		test('a new build is offered to the reader, then shown whole', async ({ page }) => {
			test.setTimeout(300_000);
			await page.goto(site?.url('guides/charge-invisible/') ?? '');
			await waitForOfflineReady(page);
			await expect(page.getByText(ADDED)).toHaveCount(0);

			editSiteFile(copy, 'content/docs/guides/charge-invisible.mdx', (text) => `${text}\n${ADDED}\n`);
			buildSite(copy);

			// The old version is still served from the cache, and the notice says a new one is ready.
			await page.reload();
			// Inside the polite live region that was in the page from the start.
			const notice = page.getByRole('status').getByText('Nouvelle version disponible');
			await expect(notice).toBeVisible({ timeout: 60_000 });
			await expect(page.getByText(ADDED)).toHaveCount(0);
			await page.getByRole('button', { name: 'Afficher la nouvelle version' }).click();
			await expect(page.getByText(ADDED)).toBeVisible();
			await expect(notice).toBeHidden();

			// The new build's search index came with it: the new paragraph is found.
			const search = new SearchPage(page, site?.url() ?? '');
			await search.open({ q: 'paragraphe ajouté nouvelle version' });
			expect(await search.resultPaths()).toContain(`${basePath}guides/charge-invisible/`);
		});
	});
}
