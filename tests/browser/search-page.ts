/** The search page /recherche/ as the browser tests drive it. */
import { expect, type Page } from '@playwright/test';

export class SearchPage {
	constructor(
		private readonly page: Page,
		/** Address of the site's base path, with its trailing slash. */
		private readonly base: string,
	) {}

	/** Opens /recherche/ with these parameters and waits for their results. */
	async open(params: Record<string, string | string[]> = {}): Promise<void> {
		const search = new URLSearchParams();
		for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v);
		const address = search.toString() ? `?${search.toString()}` : '';
		await this.page.goto(`${this.base}recherche/${address}`);
		if (params.q) await this.waitForResults();
	}

	/**
	 * Waits until the results shown are those of the address: the page sets `data-searched` to
	 * the address once it has shown its results. `before` is the value from before an action.
	 */
	async waitForResults(before?: string): Promise<void> {
		await expect
			.poll(async () => {
				const searched = await this.searched();
				return searched !== before && searched === (await this.page.evaluate(() => location.search));
			})
			.toBe(true);
	}

	async type(query: string): Promise<void> {
		const before = await this.searched();
		await this.input().fill(query);
		await this.waitForResults(before);
	}

	/** The page's own search box (the header's dialog has one too). */
	input() {
		return this.page.locator('form[data-search-page]').getByLabel('Mots à chercher');
	}

	/** A facet's checkbox by its label, whatever the count beside it (« Guide (4) »). */
	checkbox(label: string) {
		const escaped = label.replace(/\s*\(\d+\)$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return this.page.locator('form[data-search-page]').getByRole('checkbox', { name: new RegExp(`^${escaped}( \\(\\d+\\))?$`) });
	}

	async toggle(label: string): Promise<void> {
		const before = await this.searched();
		await this.checkbox(label).click();
		await this.waitForResults(before);
	}

	private searched(): Promise<string | undefined> {
		return this.page.evaluate(() => document.querySelector<HTMLElement>('form[data-search-page]')?.dataset.searched);
	}

	/** The page's results (the header's dialog, closed or open, holds results of its own). */
	private results() {
		return this.page.locator('main');
	}

	/** Paths of the results, in order, pages with every word first. */
	async resultPaths(): Promise<string[]> {
		return this.results()
			.locator('[data-search-results] a, [data-search-partial] a')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	}

	/** The kind label (Guide, Modèle…) of each result. */
	async resultKinds(): Promise<string[]> {
		return this.results()
			.locator('.search-result__kind')
			.evaluateAll((lines) => lines.map((line) => line.textContent?.split(' · ')[0] ?? ''));
	}

	excerpts() {
		return this.results().locator('.search-result__excerpt');
	}
}
