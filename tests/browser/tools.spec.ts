/**
 * The diagnostic and the journal of /outils/. Justified as browser tests: answers and entries live
 * in localStorage and are scored, drawn, exchanged, printed, exported and re-imported by each
 * page's script, which only a browser runs; a damaged or refused storage is a browser's state.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations, THEMES } from './checks.ts';
import { DiagnosticPage, JournalPage, sidewaysScroll, type JournalTask } from './tools-pages.ts';

/** The assistant is rather positive; the executive much less on the first statements. */
const ASSISTANT = (index: number) => (index < 3 ? 5 : 4);
const EXECUTIVE = (index: number) => (index < 3 ? 1 : 3);

const TASKS: JournalTask[] = [
	{ task: 'Relancé trois services pour le budget du séminaire', family: 'COO', minutes: 30, beneficiary: 'Direction financière' },
	{
		task: 'Repéré la double réservation de la salle du conseil',
		family: 'ANT',
		minutes: 15,
		beneficiary: 'Comité de direction',
		avoided: true,
		note: 'deux réunions au même endroit',
	},
	{ task: 'Débloqué l’accès à la signature électronique; "urgent"', family: 'OUT', minutes: 45, beneficiary: 'Équipe juridique' },
];

test.describe('Diagnostic du binôme', () => {
	test('both sides answer, exchange their answers by link and by code, compare, and find it all after a reload', async ({
		browser,
	}) => {
		test.setTimeout(90_000);
		// Two browsers: the assistant's and the executive's, with nothing in common but the code.
		const assistantContext = await browser.newContext();
		const executiveContext = await browser.newContext();
		const assistant = new DiagnosticPage(await assistantContext.newPage());
		const executive = new DiagnosticPage(await executiveContext.newPage());

		await assistant.open();
		await expect(assistant.side(/Assistante ou assistant/)).toBeChecked();
		await assistant.answerAll(ASSISTANT);
		await assistant.submit();
		await expect(assistant.page.getByRole('heading', { name: 'Vos résultats' })).toBeFocused();
		await expect(assistant.resultsTable.getByRole('row', { name: /^Transparence 100 Solide/ })).toBeVisible();
		await expect(assistant.results.getByRole('img', { name: /Scores par axe/ })).toBeVisible();
		const assistantLink = await assistant.myLink();
		expect(assistantLink).toMatch(/\/outils\/diagnostic\/#reponses=A[0-9A-Z-]+$/);

		// The executive opens the link: the answers are received and the page turns to the executive's side.
		const fragment = assistantLink.slice(assistantLink.indexOf('#'));
		await executive.open(fragment);
		await expect(executive.page.locator('[data-status]')).toContainText(
			'Vous avez reçu les réponses de votre assistante ou votre assistant',
		);
		await expect(executive.side(/Dirigeante ou dirigeant/)).toBeChecked();
		expect(new URL(executive.page.url()).hash).toBe('');
		await expect(executive.statements.first()).toContainText('mon assistante ou mon assistant me prévient');
		await executive.answerAll(EXECUTIVE);
		await executive.submit();
		await expect(executive.comparison).toBeVisible();
		await expect(executive.comparison.getByRole('listitem').first()).toContainText(
			'Vous : Pas du tout d’accord. Assistante ou assistant : Tout à fait d’accord.'.replace(/ :/g, '\u00A0:'),
		);
		const executiveCode = await executive.myCode();
		expect(executiveCode).toMatch(/^D[0-9A-Z]{2}-/);

		// The assistant pastes the executive's code, typed carelessly.
		await assistant.paste(` ${executiveCode.toLowerCase().replace(/-/g, ' ')} `);
		await expect(assistant.page.getByRole('heading', { name: 'Vos deux regards' })).toBeFocused();
		await expect(assistant.resultsTable.getByRole('columnheader', { name: 'Écart' })).toBeVisible();
		await expect(assistant.resultsTable.getByRole('row', { name: /^Transparence 100 Solide 0 100$/ })).toBeVisible();
		await expect(assistant.comparison.locator('[data-gaps] li')).toHaveCount(3);
		await expect(assistant.comparison.locator('[data-questions] li').first()).toBeVisible();
		await expect(assistant.results.getByRole('img', { name: /vos réponses et celles de l’autre regard/ })).toBeVisible();

		await assistant.page.reload();
		await expect(assistant.results).toBeVisible();
		await expect(assistant.comparison).toBeVisible();
		await expect(assistant.resultsTable.getByRole('row', { name: /^Transparence 100 Solide 0 100$/ })).toBeVisible();
		await expect(assistant.side(/Assistante ou assistant/)).toBeChecked();

		await assistantContext.close();
		await executiveContext.close();
	});

	test('a second run shows the change since the first', async ({ page }) => {
		const diagnostic = new DiagnosticPage(page);
		await diagnostic.open();
		await diagnostic.answerAll(() => 3);
		await diagnostic.submit();
		await page.getByRole('button', { name: 'Refaire le diagnostic' }).click();
		await diagnostic.answerAll(() => 4);
		await diagnostic.submit();
		await expect(diagnostic.resultsTable.getByRole('row', { name: /^Transparence 75 Solide \+25$/ })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Vos diagnostics précédents' }).getByRole('listitem')).toHaveCount(2);
	});

	test('an unanswered statement and a mistyped code are explained, not silently ignored', async ({ page }) => {
		const diagnostic = new DiagnosticPage(page);
		await diagnostic.open();
		await diagnostic.answerAll(() => 2);
		await diagnostic.statements
			.nth(4)
			.locator('input:checked')
			.evaluate((input: HTMLInputElement) => {
				input.checked = false;
				input.dispatchEvent(new Event('change', { bubbles: true }));
			});
		await page.getByRole('button', { name: 'Voir mes résultats' }).click();
		await expect(page.locator('[data-form-error]')).toHaveText(/Il reste un énoncé sans réponse/);
		await expect(diagnostic.statements.nth(4).locator('input').first()).toBeFocused();
		await diagnostic.statements.nth(4).locator('input[value="2"]').check();
		await diagnostic.submit();
		await diagnostic.paste('AB1-2345');
		const field = page.getByLabel('Code reçu de l’autre personne');
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#code-recu-erreur')).toHaveText(/caractères au lieu de/);
		await expect(diagnostic.comparison).toBeHidden();
	});

	test('answered with the keyboard alone', async ({ page }) => {
		const diagnostic = new DiagnosticPage(page);
		await diagnostic.open();
		await diagnostic.side(/Assistante ou assistant/).focus();
		const count = await diagnostic.statements.count();
		for (let index = 0; index < count; index++) {
			// Tab enters the next group of radios; the arrow keys choose within it.
			await page.keyboard.press('Tab');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
		}
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Voir mes résultats' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(diagnostic.results).toBeVisible();
		await expect(diagnostic.resultsTable.getByRole('row', { name: /^Transparence 50 En construction/ })).toBeVisible();
	});

	for (const theme of THEMES) {
		test(`${theme} theme: axe finds nothing on the results and the comparison`, async ({ page }) => {
			// Two runs and an axe pass over some 200 controls: longer than the default on a busy machine.
			test.setTimeout(120_000);
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const diagnostic = new DiagnosticPage(page);
			await diagnostic.open();
			// One browser plays both sides: the executive's run first, for its code.
			await diagnostic.side(/Dirigeante ou dirigeant/).check();
			await diagnostic.answerAll(EXECUTIVE);
			await diagnostic.submit();
			const executiveCode = await diagnostic.myCode();
			await diagnostic.side(/Assistante ou assistant/).check();
			await diagnostic.answerAll(ASSISTANT);
			await diagnostic.submit();
			await diagnostic.paste(executiveCode);
			await expect(diagnostic.comparison).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test.describe('Journal de la charge invisible', () => {
	test('entries survive a reload, export to CSV, come back by import, and the synthesis prints', async ({ page }) => {
		test.setTimeout(60_000);
		const journal = new JournalPage(page);
		await journal.open();
		for (const task of TASKS) await journal.add(task);
		await expect(journal.entries).toHaveCount(3);

		await page.reload();
		await expect(journal.entries).toHaveCount(3);
		await expect(journal.familyRow('Coordination')).toHaveText(/30\u00A0min\s*33\u202F%\s*1/);
		await expect(journal.synthesis.locator('[data-avoided] li')).toHaveText([
			/Repéré la double réservation de la salle du conseil\. Sans cela\u00A0: deux réunions au même endroit/,
		]);

		// Edit: the entry keeps its place and takes the new duration.
		await page.getByRole('button', { name: /Modifier «.Relancé trois services/ }).click();
		await page.getByLabel('Temps estimé, en minutes').fill('60');
		await page.getByRole('button', { name: 'Enregistrer la modification' }).click();
		await expect(journal.familyRow('Coordination')).toHaveText(/1\u00A0h\s*50\u202F%\s*1/);

		const [csvDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Exporter le journal (CSV)' }).click(),
		]);
		const csvPath = await csvDownload.path();
		const csv = readFileSync(csvPath, 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.split('\r\n')[0]).toBe(
			'\uFEFFDate;Tâche;Code;Catégorie;Minutes;Pour qui;Incident évité;Ce qui aurait pu arriver;Identifiant',
		);
		expect(csv).toContain('"Débloqué l’accès à la signature électronique; ""urgent"""');

		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Vider le journal' }).click();
		await expect(journal.entries).toHaveCount(0);
		await page.getByLabel('Importer un fichier CSV').setInputFiles(csvPath);
		await expect(page.locator('[data-import-status]')).toContainText('3 tâches importées');
		await expect(journal.entries).toHaveCount(3);
		// Importing the same file again updates, never duplicates.
		await page.getByLabel('Importer un fichier CSV').setInputFiles(csvPath);
		await expect(journal.entries).toHaveCount(3);
		expect((await journal.tasks()).sort()).toEqual(TASKS.map((task) => task.task).sort());

		const [markdown] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /Télécharger la synthèse/ }).click(),
		]);
		expect(readFileSync(await markdown.path(), 'utf8')).toContain('## Ce que j’ai évité');

		await page.emulateMedia({ media: 'print' });
		await expect(journal.synthesis).toBeVisible();
		await expect(journal.synthesis.getByRole('table', { name: 'Temps par catégorie' })).toBeVisible();
		await expect(page.getByLabel('Ce que vous avez fait')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Imprimer la synthèse' })).toBeHidden();
		await expect(page.locator('nav.sidebar')).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
	});

	test('a deleted entry can be brought back, and the period filters the synthesis', async ({ page }) => {
		const journal = new JournalPage(page);
		await journal.open();
		for (const task of TASKS.slice(0, 2)) await journal.add(task);
		await page.getByRole('button', { name: /Supprimer «.Relancé/ }).click();
		await expect(journal.entries).toHaveCount(1);
		await expect(page.getByRole('button', { name: 'Annuler la suppression' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(journal.entries).toHaveCount(2);

		await page.getByLabel('Du', { exact: true }).fill('2020-01-01');
		await page.getByLabel('Au', { exact: true }).fill('2020-01-14');
		await page.getByRole('button', { name: 'Appliquer' }).click();
		await expect(journal.entries).toHaveCount(0);
		await expect(journal.synthesis.locator('[data-synthesis-intro]')).toContainText('0 tâche notée');
		await page.reload();
		await expect(page.getByLabel('Du', { exact: true })).toHaveValue('2020-01-01');
		await page.getByRole('button', { name: 'Les 14 derniers jours' }).click();
		await expect(journal.entries).toHaveCount(2);
	});

	test('an entry is logged with the keyboard alone', async ({ page }) => {
		const journal = new JournalPage(page);
		await journal.open();
		await page.getByLabel('Ce que vous avez fait').focus();
		await page.keyboard.type('Accueilli une nouvelle arrivante');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.type('20');
		await page.keyboard.press('Enter');
		await expect(journal.entries).toHaveCount(1);
		await expect(page.getByLabel('Ce que vous avez fait')).toBeFocused();
	});

	for (const theme of THEMES) {
		test(`${theme} theme: axe finds nothing with entries and a synthesis`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
			const journal = new JournalPage(page);
			await journal.open();
			for (const task of TASKS) await journal.add(task);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test.describe('storage that fails', () => {
	const VALID = {
		id: 'ok',
		date: new Date().toISOString().slice(0, 10),
		task: 'Tâche intacte',
		family: 'COO',
		minutes: 30,
		beneficiary: '',
		avoided: false,
		note: '',
	};

	test('a corrupted journal is set aside and the page starts blank and works', async ({ page }) => {
		await page.addInitScript(() => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('partenaire:journal', '{"version":1,"data":{"entries":[');
				sessionStorage.setItem('seeded', '1');
			}
		});
		const journal = new JournalPage(page);
		await journal.open();
		await expect(page.locator('[data-status]')).toContainText('illisibles');
		await journal.add(TASKS[0] as JournalTask);
		await expect(journal.entries).toHaveCount(1);
		expect(await page.evaluate(() => localStorage.getItem('partenaire:journal:illisible'))).toBe(
			'{"version":1,"data":{"entries":[',
		);
		await page.reload();
		await expect(journal.entries).toHaveCount(1);
	});

	test('one damaged entry is set aside, every other one stays', async ({ page }) => {
		await page.addInitScript((valid) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(
					'partenaire:journal',
					JSON.stringify({ version: 1, data: { entries: [valid, { id: 'abime', minutes: 'beaucoup' }] } }),
				);
				sessionStorage.setItem('seeded', '1');
			}
		}, VALID);
		const journal = new JournalPage(page);
		await journal.open();
		await expect(page.locator('[data-status]')).toContainText('Une donnée abîmée a été mise de côté');
		expect(await journal.tasks()).toEqual(['Tâche intacte']);
	});

	test('a journal from a newer version is kept aside, untouched', async ({ page }) => {
		const newer = JSON.stringify({ version: 99, data: { anything: true } });
		await page.addInitScript((value) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('partenaire:journal', value);
				sessionStorage.setItem('seeded', '1');
			}
		}, newer);
		const journal = new JournalPage(page);
		await journal.open();
		await expect(page.locator('[data-status]')).toContainText('version plus récente');
		expect(await page.evaluate(() => localStorage.getItem('partenaire:journal:v99'))).toBe(newer);
	});

	test('a full storage keeps the entry on the page and says so', async ({ page }) => {
		await page.addInitScript(() => {
			Storage.prototype.setItem = function () {
				throw new DOMException('full', 'QuotaExceededError');
			};
		});
		const journal = new JournalPage(page);
		await journal.open();
		await journal.add(TASKS[0] as JournalTask);
		await expect(journal.entries).toHaveCount(1);
		await expect(page.locator('[data-status]')).toContainText('plein');
	});

	test('a disabled storage: both tools work and say nothing is saved', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('denied', 'SecurityError');
				},
			});
		});
		const journal = new JournalPage(page);
		await journal.open();
		await expect(page.locator('[data-status]')).toContainText('n’enregistre rien');
		await journal.add(TASKS[0] as JournalTask);
		await expect(journal.entries).toHaveCount(1);

		const diagnostic = new DiagnosticPage(page);
		await diagnostic.open();
		await expect(page.locator('[data-status]')).toContainText('n’enregistre rien');
		await diagnostic.answerAll(() => 4);
		await diagnostic.submit();
	});

	test('a corrupted diagnostic is set aside and the questionnaire works', async ({ page }) => {
		await page.addInitScript(() => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('partenaire:diagnostic', 'pas du JSON');
				sessionStorage.setItem('seeded', '1');
			}
		});
		const diagnostic = new DiagnosticPage(page);
		await diagnostic.open();
		await expect(page.locator('[data-status]')).toContainText('illisibles');
		await diagnostic.answerAll(() => 4);
		await diagnostic.submit();
		await page.reload();
		await expect(diagnostic.results).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('partenaire:diagnostic:illisible'))).toBe('pas du JSON');
	});
});

test.describe('at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 720 } });

	test('neither tool scrolls sideways, filled in', async ({ page }) => {
		const diagnostic = new DiagnosticPage(page);
		await diagnostic.open();
		await diagnostic.answerAll(ASSISTANT);
		await diagnostic.submit();
		expect(await sidewaysScroll(page)).toBe(0);
		const journal = new JournalPage(page);
		await journal.open();
		for (const task of TASKS) await journal.add(task);
		expect(await sidewaysScroll(page)).toBe(0);
	});
});
