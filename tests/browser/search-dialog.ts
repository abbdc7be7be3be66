/** The header's search dialog as the browser tests drive it. */
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchDialog {
	readonly dialog: Locator;
	readonly input: Locator;

	constructor(private readonly page: Page) {
		this.dialog = page.locator('dialog[data-search-dialog]');
		this.input = this.dialog.getByLabel('Mots à chercher');
	}

	/** Opens the dialog from the header's button. */
	async open(): Promise<void> {
		await this.page.locator('header [data-open-search]').click();
		await expect(this.dialog).toBeVisible();
	}

	/**
	 * Types key by key, as a reader does, once the box has the focus: the dialog's script loads at
	 * the first click, and keys pressed before it is there are lost.
	 */
	async press(query: string): Promise<void> {
		await expect(this.input).toBeFocused();
		await this.page.keyboard.type(query);
	}

	/** Types a query and waits until its results are shown (the dialog sets `data-searched`). */
	async type(query: string): Promise<void> {
		await this.input.fill(query);
		await this.waitFor(query);
	}

	async waitFor(query: string): Promise<void> {
		await expect(this.dialog).toHaveAttribute('data-searched', query);
	}

	results(): Locator {
		return this.dialog.locator('[data-search-results] a[data-result-link]');
	}

	/** Paths of the results, in order. */
	async resultPaths(): Promise<string[]> {
		return this.results().evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	}

	status(): Locator {
		return this.dialog.getByRole('status');
	}
}
