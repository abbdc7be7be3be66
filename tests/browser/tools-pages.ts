/** The two tools of /outils/, in the words a reader would use: shared by the site and company specs. */
import { expect, type Page } from '@playwright/test';

export const DIAGNOSTIC = 'outils/diagnostic/';
export const JOURNAL = 'outils/journal/';

/** A reader's answers: statement index → value 1–5. */
export type Pattern = (index: number) => number;

export class DiagnosticPage {
	constructor(readonly page: Page) {}

	async open(fragment = ''): Promise<void> {
		await this.page.goto(`${DIAGNOSTIC}${fragment}`);
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Diagnostic du binôme');
	}
	get statements() {
		return this.page.locator('[data-statement]');
	}
	side(name: RegExp) {
		return this.page.getByRole('radio', { name });
	}
	async answerAll(pattern: Pattern): Promise<void> {
		const count = await this.statements.count();
		for (let index = 0; index < count; index++) {
			await this.statements
				.nth(index)
				.locator(`input[value="${pattern(index)}"]`)
				.check();
		}
	}
	async submit(): Promise<void> {
		await this.page.getByRole('button', { name: 'Voir mes résultats' }).click();
		await expect(this.results).toBeVisible();
	}
	get results() {
		return this.page.getByRole('region', { name: 'Vos résultats' });
	}
	get comparison() {
		return this.page.getByRole('region', { name: 'Vos deux regards' });
	}
	get resultsTable() {
		return this.results.getByRole('table', { name: 'Scores par axe, sur 100' });
	}
	async myCode(): Promise<string> {
		return this.page.getByLabel('Votre code').inputValue();
	}
	async myLink(): Promise<string> {
		return this.page.getByLabel(/Ou ce lien/).inputValue();
	}
	async paste(code: string): Promise<void> {
		await this.page.getByLabel('Code reçu de l’autre personne').fill(code);
		await this.page.getByRole('button', { name: 'Comparer' }).click();
	}
}

export interface JournalTask {
	task: string;
	family: string;
	minutes: number;
	beneficiary?: string;
	avoided?: boolean;
	note?: string;
}

export class JournalPage {
	constructor(readonly page: Page) {}

	async open(): Promise<void> {
		await this.page.goto(JOURNAL);
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Journal de charge invisible');
	}
	async add(task: JournalTask): Promise<void> {
		await this.page.getByLabel('Ce que vous avez fait').fill(task.task);
		await this.page.getByLabel('Catégorie').selectOption(task.family);
		await this.page.getByLabel('Temps estimé, en minutes').fill(String(task.minutes));
		await this.page.getByLabel('Pour qui').fill(task.beneficiary ?? '');
		await this.page.getByLabel('Un incident a été évité').setChecked(task.avoided ?? false);
		await this.page.getByLabel(/Sans vous, que se serait-il passé/).fill(task.note ?? '');
		await this.page.getByRole('button', { name: 'Ajouter au journal' }).click();
	}
	get entries() {
		return this.page.locator('[data-entries] > li');
	}
	async tasks(): Promise<string[]> {
		return this.page
			.locator('[data-entries] .journal__task')
			.evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent ?? ''));
	}
	get synthesis() {
		return this.page.getByRole('region', { name: 'La synthèse' });
	}
	familyRow(label: string) {
		return this.synthesis.getByRole('table', { name: 'Temps par catégorie' }).getByRole('row', { name: new RegExp(`^${label}`) });
	}
}

/** How far the page scrolls sideways: 0 when it fits its viewport. */
export async function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
