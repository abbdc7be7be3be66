/**
 * Saved checklists. Justified as browser tests: ticks live in localStorage and are restored by the
 * page's script, which only a real browser runs, and the no-JavaScript page is what a browser
 * shows with scripts off.
 */
import { expect, test, type Page } from '@playwright/test';

const GUIDE = 'guides/posture-partenaire/';
const ID = 'posture-routine-hebdomadaire';
const KEY = `partenaire:checklist:${ID}:v1`;

/** One checklist on a page, in the words a reader would use. */
class ChecklistOnPage {
	constructor(
		readonly page: Page,
		readonly id: string = ID,
	) {}

	get section() {
		return this.page.locator(`section[data-checklist="${this.id}"]`).first();
	}
	box(index: number) {
		return this.section.getByRole('checkbox').nth(index);
	}
	get progress() {
		return this.section.locator('[data-progress]');
	}
	get reset() {
		return this.section.getByRole('button', { name: 'Tout décocher' });
	}
	get undo() {
		return this.section.getByRole('button', { name: 'Annuler' });
	}
	async tick(...indexes: number[]) {
		for (const index of indexes) await this.box(index).check();
	}
	async ticked(): Promise<boolean[]> {
		return this.section.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
	}
}

test('a tick survives a reload, and the progress line counts it', async ({ page }) => {
	await page.goto(GUIDE);
	const checklist = new ChecklistOnPage(page);
	await expect(checklist.progress).toHaveText('Progression\u00A0: 0 sur 8');
	await checklist.tick(0, 2);
	await expect(checklist.progress).toHaveText('Progression\u00A0: 2 sur 8');
	await expect(checklist.progress).toHaveAttribute('aria-live', 'polite');
	await page.reload();
	expect((await checklist.ticked()).slice(0, 3)).toEqual([true, false, true]);
	await expect(checklist.progress).toHaveText('Progression\u00A0: 2 sur 8');
});

test('the guide and the checklist page share the ticks, live across tabs', async ({ page, context }) => {
	await page.goto(GUIDE);
	const inGuide = new ChecklistOnPage(page);
	await inGuide.tick(1);
	const other = await context.newPage();
	await other.goto(`checklists/${ID}/`);
	const onItsPage = new ChecklistOnPage(other);
	expect((await onItsPage.ticked())[1]).toBe(true);
	// Ticking in the second tab shows in the first without reloading (the storage event).
	await onItsPage.tick(3);
	await expect(inGuide.box(3)).toBeChecked();
	await expect(inGuide.progress).toHaveText('Progression\u00A0: 2 sur 8');
});

test('checklists on one page keep their own ticks', async ({ page }) => {
	await page.goto(GUIDE);
	const routine = new ChecklistOnPage(page);
	const proposal = new ChecklistOnPage(page, 'posture-avant-une-proposition');
	await routine.tick(0);
	expect(await proposal.ticked()).not.toContain(true);
	await expect(proposal.progress).toHaveText(/^Progression\u00A0: 0 sur /);
});

test('reset asks nothing and can be undone', async ({ page }) => {
	await page.goto(GUIDE);
	const checklist = new ChecklistOnPage(page);
	await checklist.tick(0, 1, 4);
	let dialogs = 0;
	page.on('dialog', () => dialogs++);
	await checklist.reset.click();
	expect(await checklist.ticked()).not.toContain(true);
	await expect(checklist.progress).toHaveText('Progression\u00A0: 0 sur 8. Cases décochées.');
	await checklist.undo.click();
	expect((await checklist.ticked()).filter(Boolean)).toHaveLength(3);
	await expect(checklist.undo).toBeHidden();
	await expect(checklist.reset).toBeFocused();
	expect(dialogs).toBe(0);
	await page.reload();
	expect((await checklist.ticked()).filter(Boolean)).toHaveLength(3);
});

test('the keyboard alone ticks, resets and undoes', async ({ page }) => {
	await page.goto(`checklists/${ID}/`);
	const checklist = new ChecklistOnPage(page);
	await checklist.box(0).focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await expect(checklist.box(1)).toBeFocused();
	await page.keyboard.press('Space');
	await expect(checklist.progress).toHaveText('Progression\u00A0: 2 sur 8');
	await checklist.box(7).focus();
	await page.keyboard.press('Tab');
	await expect(checklist.reset).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(checklist.undo).toBeFocused();
	await page.keyboard.press('Space');
	await expect(checklist.progress).toHaveText('Progression\u00A0: 2 sur 8');
});

test('corrupted or foreign saved data is ignored', async ({ page }) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem(key, '{not json');
			localStorage.setItem('partenaire:checklist:posture-avant-une-proposition:v1', '{"a":1}');
			sessionStorage.setItem('seeded', '1');
		}
	}, KEY);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(GUIDE);
	const checklist = new ChecklistOnPage(page);
	await expect(checklist.progress).toHaveText('Progression\u00A0: 0 sur 8');
	await checklist.tick(5);
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('["demander-retour"]');
	expect(errors).toEqual([]);
});

test('a browser that refuses storage still ticks and counts', async ({ page }) => {
	await page.addInitScript(() => {
		// Only our keys: Starlight's own theme script is not under test.
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.startsWith('partenaire:')) throw new DOMException('full', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(GUIDE);
	const checklist = new ChecklistOnPage(page);
	await checklist.tick(0);
	await expect(checklist.progress).toHaveText('Progression\u00A0: 1 sur 8');
	expect(errors).toEqual([]);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the checklists still show and tick, with no dead control', async ({ page }) => {
		await page.goto(GUIDE);
		const checklist = new ChecklistOnPage(page);
		await expect(checklist.section.getByRole('checkbox')).toHaveCount(8);
		await checklist.tick(0);
		await expect(checklist.box(0)).toBeChecked();
		await expect(page.getByRole('button', { name: /Tout décocher|Annuler/ })).toHaveCount(0);
		await expect(checklist.section.getByRole('link', { name: 'Télécharger en PDF' })).toBeVisible();
	});

	test('the index lists every checklist, without filters', async ({ page }) => {
		await page.goto('checklists/');
		await expect(page.locator('[data-audiences]')).toHaveCount(21);
		await expect(page.locator('main').getByRole('combobox')).toHaveCount(0);
	});
});

test('the index filters by audience and guide, and keeps the choice in the address', async ({ page }) => {
	await page.goto('checklists/');
	const shown = page.locator('[data-audiences]:visible');
	await expect(shown).toHaveCount(21);
	await page.getByRole('combobox', { name: 'Public' }).selectOption('entreprise');
	const forCompanies = await shown.count();
	expect(forCompanies).toBeGreaterThan(0);
	expect(forCompanies).toBeLessThan(21);
	await page.getByRole('combobox', { name: 'Guide' }).selectOption('posture-partenaire');
	await expect(page).toHaveURL(/\?public=entreprise&guide=posture-partenaire$/);
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Guide' })).toHaveValue('posture-partenaire');
	await expect(page.locator('[data-filter-count]')).toHaveText(/^\d+ checklists? affichées?$/);
});

test('printing a checklist page gives one A4 sheet with its boxes and none of the site around it', async ({ page }) => {
	// The longest checklists have 12 items.
	await page.goto('checklists/competences-autodiagnostic/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('nav.sidebar')).toBeHidden();
	await expect(new ChecklistOnPage(page, 'competences-autodiagnostic').reset).toBeHidden();
	await expect(page.getByRole('checkbox').first()).toBeVisible();
	const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
	expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
});
