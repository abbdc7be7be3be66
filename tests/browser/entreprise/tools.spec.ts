/**
 * The two tools in the company copy: under a sub-path, behind nginx's security policy, and with
 * the network off after one visit. Justified as browser tests: the links the script writes, the
 * policy applied by a real server and the service worker only exist in a browser.
 */
import { expect, test } from '@playwright/test';
import { COMPANY_BASE } from '../../../scripts/lib/company-site.ts';
import { waitForOfflineReady } from '../checks.ts';
import { DIAGNOSTIC, DiagnosticPage, JOURNAL, JournalPage } from '../tools-pages.ts';

test('under the sub-path, every link of the diagnostic stays in the copy and the pairing link opens it', async ({
	page,
	baseURL,
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	const diagnostic = new DiagnosticPage(page);
	await diagnostic.open();
	await diagnostic.answerAll(() => 2);
	await diagnostic.submit();
	const hrefs = await page
		.locator('[data-diagnostic] a[href]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(0);
	expect(hrefs.filter((href) => !href.startsWith(COMPANY_BASE))).toEqual([]);
	const link = await diagnostic.myLink();
	expect(link.startsWith(`${new URL(baseURL ?? '').origin}${COMPANY_BASE}${DIAGNOSTIC}#reponses=`)).toBe(true);
	expect(errors).toEqual([]);
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one visit, both tools work with the network off', async ({ page, context }) => {
		test.setTimeout(120_000);
		await page.goto('');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		try {
			const journal = new JournalPage(page);
			await page.goto(JOURNAL);
			await journal.add({ task: 'Préparé le dossier du comité hors connexion', family: 'ANT', minutes: 25 });
			await expect(journal.entries).toHaveCount(1);
			const diagnostic = new DiagnosticPage(page);
			await diagnostic.open();
			await diagnostic.answerAll(() => 5);
			await diagnostic.submit();
		} finally {
			await context.setOffline(false);
		}
	});
});
