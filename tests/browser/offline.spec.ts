/**
 * Offline reading and updates of the published guide at the root, served by a static server that
 * the tests can stop (the company copy checks the same under a sub-path, through nginx). Justified
 * as browser tests: only a browser runs a service worker.
 *
 * Reading offline uses the production build as it is. The update test needs a second build: it
 * copies the project with that build, changes a guide and rebuilds the copy, the only rebuild of
 * the test run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject, runAstro, TEST_BUILDS } from '../../scripts/lib/project-copy.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { DIST } from '../helpers/dist.ts';
import { SearchPage } from './search-page.ts';
import { waitForOfflineReady } from './checks.ts';

test.use({ serviceWorkers: 'allow' });

test.describe('the published build', () => {
	let site: StaticSite | undefined;
	test.beforeAll(async () => {
		site = await serveStatic(DIST);
	});
	test.afterAll(async () => site?.close());

	test('registers its worker scoped to the site', async ({ page }) => {
		await page.goto(site?.url() ?? '');
		await waitForOfflineReady(page);
		const registration = await page.evaluate(async () => {
			const ready = await navigator.serviceWorker.ready;
			return { scope: ready.scope, script: ready.active?.scriptURL };
		});
		expect(registration).toEqual({ scope: site?.url(), script: site?.url('sw.js') });
	});

	test('after one visit, pages never opened and search work with the network off', async ({ page, context }) => {
		const base = site?.url() ?? '';
		await page.goto(base);
		await waitForOfflineReady(page);
		// Offline twice over: the browser's emulation, and no server at all.
		await site?.close();
		site = undefined;
		await context.setOffline(true);
		try {
			await page.goto(`${base}guides/reseau-d-assistants/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(/réseau/i);
			await page.goto(`${base}modeles/charte-du-reseau/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Charte du réseau/);
			const search = new SearchPage(page, base);
			await search.open({ q: 'charge mentale', type: 'guide' });
			expect((await search.resultPaths())[0]).toBe('/guides/charge-invisible/');
		} finally {
			await context.setOffline(false);
			site = await serveStatic(DIST);
		}
	});
});

test.describe('a new build', () => {
	const ADDED = 'Paragraphe ajouté par une nouvelle version du guide.';
	const GUIDE = 'content/docs/guides/charge-invisible.mdx';
	let root = '';
	let site: StaticSite | undefined;
	test.beforeAll(async () => {
		root = copyProject(join(TEST_BUILDS, 'hors-ligne'), { content: true, dist: true });
		site = await serveStatic(join(root, 'dist'));
	});
	test.afterAll(async () => site?.close());

	test('is offered to the reader, then shown whole', async ({ page }) => {
		test.setTimeout(300_000);
		await page.goto(site?.url('guides/charge-invisible/') ?? '');
		await waitForOfflineReady(page);
		await expect(page.getByText(ADDED)).toHaveCount(0);

		const guide = join(root, GUIDE);
		writeFileSync(guide, `${readFileSync(guide, 'utf8')}\n${ADDED}\n`);
		const rebuild = runAstro(root);
		expect(rebuild.ok, rebuild.output).toBe(true);

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
		expect(await search.resultPaths()).toContain('/guides/charge-invisible/');
	});
});
