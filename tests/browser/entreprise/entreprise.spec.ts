/**
 * The guide as a fictitious company hosts it (tests/fixtures/entreprise): its name, logo, colour,
 * a sub-path, a hidden guide and two local pages, built with the real content and served by
 * Debian's nginx through the generated snippet. Justified as browser tests: headers, the 404 and
 * what the reader sees only exist once a real server answers.
 */
import { expect, test } from '@playwright/test';
import { accentPalette } from '../../../src/lib/theme/accent.ts';
import { COMPANY_BASE, COMPANY_DIR } from '../../helpers/entreprise.ts';
import { axeViolations, foreignRequestsAndCspViolations, THEMES, waitForOfflineReady } from '../checks.ts';
import { notFoundPath, sitemapPaths } from '../site-pages.ts';
import { readPdf } from '../../helpers/pdf.ts';

const paths = [...sitemapPaths(COMPANY_DIR), notFoundPath(COMPANY_BASE)];

test.describe('every page of the company copy', () => {
	for (const path of paths) {
		test(`${path} requests nothing elsewhere and breaks no security policy`, async ({ page, baseURL }) => {
			expect(await foreignRequestsAndCspViolations(page, path, new URL(baseURL ?? '').origin)).toEqual([]);
		});
		for (const theme of THEMES) {
			test(`${theme} theme: axe finds nothing on ${path}`, async ({ page }) => {
				expect(await axeViolations(page, path, theme)).toEqual([]);
			});
		}
	}
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

test.describe('branding from content/site.yaml', () => {
	test('name, logo, colour, titles, contact and manifest are the company’s', async ({ page, request }) => {
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
		await page.goto('guides/posture-partenaire/');
		await expect(page).toHaveTitle(/\| Groupe Exemplaire$/);
		// Starlight shows the logo beside the name, so the image itself is decorative.
		await expect(page.locator('.site-title img')).toHaveAttribute('src', /\/_astro\/logo\.[\w-]+\.svg$/);
		await expect(page.locator('.site-title')).toHaveText('Groupe Exemplaire');
		await expect(page.getByRole('link', { name: 'reseau-assistants@exemplaire.example' })).toHaveAttribute(
			'href',
			'mailto:reseau-assistants@exemplaire.example',
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

	test('a local checklist keeps its ticks after a reload, under the sub-path', async ({ page }) => {
		await page.goto('interne/deplacements/');
		await page.getByRole('checkbox', { name: /Faire valider le budget/ }).check();
		await expect(page.getByText('1 sur 3')).toBeVisible();
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /Faire valider le budget/ })).toBeChecked();
	});

	test('the hidden guide is out of the sidebar and the home page, yet its address still works', async ({ page }) => {
		await page.goto('');
		await expect(page.getByRole('link', { name: /ambassadeur numérique/i })).toHaveCount(0);
		const response = await page.goto('guides/ambassadeur-numerique/');
		expect(response?.status()).toBe(200);
		await expect(page.locator('meta[name="robots"][content="noindex"]')).toHaveCount(1);
	});

	test('the livre blanc holds the published guides, not the hidden guide nor the local pages', async ({ request }) => {
		const response = await request.get(`${COMPANY_BASE}livre-blanc.pdf`);
		expect(response.status()).toBe(200);
		const { outline } = await readPdf(new Uint8Array(await response.body()));
		expect(outline).toContain('Les piliers de la confiance avec votre dirigeante ou dirigeant');
		expect(outline.filter((title) => /ambassadeur numérique/i.test(title))).toEqual([]);
		expect(outline).not.toContain('Organiser un déplacement de la direction');
		expect(outline).not.toContain('Les contacts du réseau des assistantes et assistants');
	});

	test('search finds the local pages and not the hidden guide', async ({ page }) => {
		await page.goto('');
		await page
			.getByRole('button', { name: /rechercher/i })
			.first()
			.click();
		await page.keyboard.type('déplacement agence');
		const results = page.locator('dialog[data-search-dialog] [data-result-link]');
		await expect(results.first()).toHaveText(/Organiser un déplacement de la direction/);
		await page.getByRole('searchbox', { name: 'Mots à chercher' }).fill('ambassadeur numérique');
		await expect(page.locator('dialog[data-search-dialog]')).toHaveAttribute('data-searched', 'ambassadeur numérique');
		await expect(results.filter({ hasText: /ambassadeur numérique/i })).toHaveCount(0);
	});
});

test.describe('offline, through nginx', () => {
	test('after one visit, a page never opened and its search work with the network off', async ({ page, context }) => {
		await page.goto('');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('interne/contacts-du-reseau/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les contacts du réseau des assistantes et assistants');
		await page
			.getByRole('button', { name: /rechercher/i })
			.first()
			.click();
		await page.keyboard.type('déplacement');
		await expect(page.locator('dialog[data-search-dialog] [data-result-link]').first()).toHaveText(
			/Organiser un déplacement de la direction/,
		);
	});
});
