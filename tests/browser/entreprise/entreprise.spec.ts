/**
 * The guide as a fictitious company hosts it (tests/fixtures/entreprise/entreprise/, its overlay):
 * its name, logo, colour, a sub-path, a hidden guide and two local pages, built with the real content and served by
 * Debian's nginx through the generated snippet. Justified as browser tests: headers, the 404 and
 * what the reader sees only exist once a real server answers.
 */
import { expect, test } from '@playwright/test';
import { accentPalette } from '../../../src/lib/theme/accent.ts';
import { COMPANY_BASE, COMPANY_DIR } from '../../../scripts/lib/company-site.ts';
import { waitForOfflineReady } from '../checks.ts';
import { sweep } from '../sweep.ts';
import { SearchDialog } from '../search-dialog.ts';
import { notFoundPath, sitePaths } from '../site-pages.ts';
import { readPdf } from '../../helpers/pdf.ts';
import { guideTitles } from '../../helpers/content.ts';

const paths = [...sitePaths(COMPANY_DIR), notFoundPath(COMPANY_BASE)];

test.describe('every page of the company copy', () => {
	sweep(paths);
});

test.describe('served by nginx', () => {
	test('pages carry the security headers and are never cached stale', async ({ request }) => {
		const response = await request.get(`${COMPANY_BASE}guides/posture-partenaire/`);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers).toMatchObject({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'same-origin',
			'x-frame-options': 'DENY',
			'x-robots-tag': 'noindex, nofollow',
			'cache-control': 'no-cache',
		});
		expect(headers['permissions-policy']).toContain('camera=()');
	});

	test('hashed assets are cached for a year, with the same security headers', async ({ page, request }) => {
		await page.goto('');
		const stylesheet = await page.locator('link[rel="stylesheet"][href*="/_astro/"]').first().getAttribute('href');
		const response = await request.get(stylesheet ?? '');
		expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
	});

	test('pages, styles, scripts and the manifest go out gzip, the PDFs as they are', async ({ page, request }) => {
		await page.goto('');
		const assets = await page.evaluate(() =>
			[
				document.querySelector('link[rel="stylesheet"][href*="/_astro/"]')?.getAttribute('href'),
				document.querySelector('script[type="module"][src*="/_astro/"]')?.getAttribute('src'),
			].filter((url) => url !== null && url !== undefined),
		);
		expect(assets).toHaveLength(2);
		const gzip = { headers: { 'accept-encoding': 'gzip' } };
		for (const url of [COMPANY_BASE, `${COMPANY_BASE}manifest.webmanifest`, ...assets]) {
			const response = await request.get(url, gzip);
			expect(response.headers()['content-encoding'], url).toBe('gzip');
			expect(response.headers()['vary'], url).toContain('Accept-Encoding');
		}
		const pdf = await request.get(`${COMPANY_BASE}livre-blanc.pdf`, gzip);
		expect(pdf.headers()['content-encoding']).toBeUndefined();
	});

	for (const wrong of [
		`${COMPANY_BASE}nimporte-quoi/`,
		`${COMPANY_BASE}guides/inexistant/`,
		`${COMPANY_BASE}guides/posture-partenaire/annexe.html`,
	]) {
		test(`${wrong} answers the French 404`, async ({ page }) => {
			const response = await page.goto(wrong);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
			await expect(page.getByRole('link', { name: /Revenir à l’accueil/ })).toHaveAttribute('href', COMPANY_BASE);
		});
	}
});

test.describe('branding from entreprise/site.yaml', () => {
	test('name, logo, colour, titles, contact and manifest are the company’s', async ({ page, request }) => {
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
		await page.goto('guides/posture-partenaire/');
		await expect(page).toHaveTitle(/\| Groupe Exemplaire$/);
		// Starlight shows the logo beside the name, so the image itself is decorative.
		await expect(page.locator('.site-title img')).toHaveAttribute('src', /\/_astro\/logo\.[\w-]+\.svg$/);
		await expect(page.locator('.site-title')).toHaveText('Groupe Exemplaire');
		await expect(page.getByRole('link', { name: 'reseau-assistants@groupe-exemplaire.fr' })).toHaveAttribute(
			'href',
			'mailto:reseau-assistants@groupe-exemplaire.fr',
		);
		// Its contact also receives what a reader missed on a page.
		await page.getByRole('button', { name: 'Pas vraiment' }).click();
		await expect(page.getByRole('link', { name: 'Écrire ce qui vous a manqué' })).toHaveAttribute(
			'href',
			/^mailto:reseau-assistants@groupe-exemplaire\.fr\?subject=/,
		);
		const accent = await page.evaluate(() =>
			getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim(),
		);
		expect(accent).toBe(accentPalette('#b3261e').light.accent);
		const manifest = await (await request.get(`${COMPANY_BASE}manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({ short_name: 'Groupe Exemplaire', start_url: COMPANY_BASE, scope: COMPANY_BASE });
	});
});

test.describe('the company’s own pages and choices', () => {
	test('local pages are listed first in the sidebar and marked as internal', async ({ page }) => {
		await page.goto('interne/deplacements/');
		const group = page.locator('nav[aria-label] details').filter({ hasText: 'Chez Groupe Exemplaire' });
		await expect(group.getByRole('link', { name: 'Organiser un déplacement de la direction' })).toBeVisible();
		await expect(page.getByText('Page interne · Groupe Exemplaire')).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /Faire valider le budget/ })).toBeVisible();
	});

	test('a term’s first use in a guide leads to its definition under the sub-path', async ({ page }) => {
		await page.goto('guides/posture-partenaire/');
		await page.getByRole('link', { name: 'signal faible', exact: true }).click();
		await expect(page).toHaveURL(`${COMPANY_BASE}glossaire/#signaux-faibles`);
		await expect(page.locator('#signaux-faibles')).toBeInViewport();
		// « Dirigeante ou dirigeant » belongs to the hidden guide: not published, so never linked, though used.
		await page.goBack();
		await expect(page.locator('main')).toContainText(/\bdirigeante?s?\b/i);
		await expect(page.locator('a.glossary-term[href$="#dirigeante-ou-dirigeant"]')).toHaveCount(0);
	});

	test('a local checklist keeps its ticks after a reload, under the sub-path', async ({ page }) => {
		await page.goto('interne/deplacements/');
		await page.getByRole('checkbox', { name: /Faire valider le budget/ }).check();
		await expect(page.getByText('1 sur 3')).toBeVisible();
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /Faire valider le budget/ })).toBeChecked();
	});

	test('the hidden guide, the contributor and hosting docs are not served at all', async ({ page, request }) => {
		for (const path of ['guides/piliers-de-la-confiance/', 'contribuer/', 'contribuer/champs/', 'heberger/']) {
			expect((await request.get(`${COMPANY_BASE}${path}`)).status(), path).toBe(404);
		}
		for (const file of ['sitemap-0.xml', 'sw.js', 'checklists/']) {
			const text = await (await request.get(`${COMPANY_BASE}${file}`)).text();
			expect(text, file).not.toMatch(/piliers-de-la-confiance|confiance-audit-trois-piliers|\/contribuer\/|\/heberger\//);
		}
		expect((await request.get(`${COMPANY_BASE}checklists/confiance-audit-trois-piliers/`)).status()).toBe(404);
		await page.goto('');
		await expect(page.getByRole('link', { name: /piliers de la confiance/i })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Les six guides' })).toBeVisible();
		await expect(page.locator('body')).not.toContainText('sept guides');
		// A « pour aller plus loin » led by a link to the hidden guide went with it.
		await page.goto('guides/posture-partenaire/');
		await expect(page.locator('a[href*="piliers-de-la-confiance"]')).toHaveCount(0);
	});

	test('server files stay private and the manifest has its media type', async ({ request }) => {
		for (const file of ['.htaccess', '_headers']) expect((await request.get(`${COMPANY_BASE}${file}`)).status(), file).toBe(404);
		const manifest = await request.get(`${COMPANY_BASE}manifest.webmanifest`);
		expect(manifest.headers()['content-type']).toBe('application/manifest+json');
	});

	test('the livre blanc holds the published guides, not the hidden guide nor the local pages', async ({ request }) => {
		const response = await request.get(`${COMPANY_BASE}livre-blanc.pdf`);
		expect(response.status()).toBe(200);
		const { outline } = await readPdf(new Uint8Array(await response.body()));
		const titles = guideTitles();
		expect(outline).toContain(titles.get('guides/ambassadeur-numerique'));
		// Its source article stays credited among the sources; the guide itself is gone.
		expect(outline).not.toContain(titles.get('guides/piliers-de-la-confiance'));
		expect(outline).not.toContain('Organiser un déplacement de la direction');
		expect(outline).not.toContain('Les contacts du réseau des assistantes et assistants');
	});

	test('search finds the local pages and not the hidden guide', async ({ page }) => {
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		await search.press('déplacement agence');
		const results = page.locator('dialog[data-search-dialog] [data-result-link]');
		await expect(results.first()).toHaveText(/Organiser un déplacement de la direction/);
		await page.getByRole('searchbox', { name: 'Mots à chercher' }).fill('piliers de la confiance');
		await expect(page.locator('dialog[data-search-dialog]')).toHaveAttribute('data-searched', 'piliers de la confiance');
		await expect(results.filter({ hasText: /piliers de la confiance/i })).toHaveCount(0);
	});
});

test.describe('offline, through nginx', () => {
	test.use({ serviceWorkers: 'allow' });

	test('registers its worker under the base path, scoped to it', async ({ page, baseURL }) => {
		await page.goto('');
		await waitForOfflineReady(page);
		const registration = await page.evaluate(async () => {
			const ready = await navigator.serviceWorker.ready;
			return { scope: ready.scope, script: ready.active?.scriptURL };
		});
		expect(registration).toEqual({ scope: baseURL, script: `${baseURL}sw.js` });
	});

	test('after one visit, a page never opened and its search work with the network off', async ({ page, context }) => {
		await page.goto('');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('interne/contacts-du-reseau/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les contacts du réseau des assistantes et assistants');
		const search = new SearchDialog(page);
		await search.open();
		await search.press('déplacement');
		await expect(page.locator('dialog[data-search-dialog] [data-result-link]').first()).toHaveText(
			/Organiser un déplacement de la direction/,
		);
	});
});
