/**
 * The reader's way through the guide (previous/next of every page are checked by the sweep,
 * sweep.ts): reading time on guides,
 * progress on checklist cards and on the home page, completion, recurring checklists and the
 * states of a learning path's steps. Justified as browser tests: ticks live in localStorage and
 * every state here is drawn by the pages' scripts.
 */
import { expect, test } from '@playwright/test';
import { sitePaths } from './site-pages.ts';

const paths = sitePaths();
const guides = paths.filter((path) => /\/guides\/[^/]+\/$/.test(path));

test('the reader sidebar holds no contributor or hosting page, and the footer leads there', async ({ page }) => {
	await page.goto('glossaire/');
	await expect(page.locator('nav.sidebar a[href*="/contribuer/"], nav.sidebar a[href*="/heberger/"]')).toHaveCount(0);
	await page.locator('.site-footer').getByRole('link', { name: 'Contribuer au guide' }).click();
	await expect(
		page
			.locator('nav.sidebar')
			.getByRole('link', { name: 'Catalogue des erreurs' })
			.or(page.locator('nav.sidebar summary', { hasText: 'Catalogue des erreurs' })),
	).toHaveCount(1);
	await expect(page.locator('nav.sidebar').getByRole('link', { name: 'Retour au guide' })).toBeVisible();
});

for (const path of guides) {
	test(`${path} shows a reading time computed from its text`, async ({ page }) => {
		await page.goto(path);
		const shown = Number((await page.locator('[data-reading-time]').textContent())?.match(/^(\d+)\u00A0min de lecture$/)?.[1]);
		const words = await page
			.locator('.sl-markdown-content')
			.evaluate((main: HTMLElement) => main.innerText.split(/\s+/).filter(Boolean).length);
		// The build counts the source (checklists included, markup out); the page's text is the same within a few percent.
		expect(shown).toBeGreaterThanOrEqual(Math.floor((words / 200) * 0.8));
		expect(shown).toBeLessThanOrEqual(Math.ceil((words / 200) * 1.2));
	});
}

test('ticks show on the checklist cards and in « Vos checklists en cours », and completion is acknowledged', async ({ page }) => {
	const id = 'posture-routine-hebdomadaire';
	await page.goto(`checklists/${id}/`);
	const boxes = page.locator(`section[data-checklist="${id}"]`).getByRole('checkbox');
	await boxes.nth(0).check();
	await boxes.nth(3).check();
	const total = await boxes.count();

	await page.goto('checklists/');
	const card = page.locator(`[data-progress-card^="${id} "]`);
	await expect(card.locator('[data-card-progress]')).toHaveText(new RegExp(`^2 sur ${total}, dernière coche le \\d+`));
	await expect(page.locator('[data-progress-card] [data-card-progress]:visible')).toHaveCount(1);

	await page.goto('');
	const inProgress = page.getByRole('region', { name: 'Vos checklists en cours' });
	await expect(inProgress.locator('[data-progress-card]:visible')).toHaveCount(1);
	await expect(inProgress).toContainText(`2 sur ${total}`);

	await page.goto(`checklists/${id}/`);
	for (let index = 0; index < total; index++) await boxes.nth(index).check();
	await expect(page.locator('[data-progress]')).toHaveText(`Terminé, bravo\u00A0! ${total} sur ${total}`);
	await expect(page.locator('[data-dates]')).toHaveText(/^Dernière coche le .+, terminée le .+$/);
	// The version stays the storage key, never shown (« Nouvelle version disponible » is the update notice).
	await expect(page.locator('main').getByText(/version \d/i)).toHaveCount(0);
});

test('a recurring checklist starts a new period and keeps the day it was last completed', async ({ page }) => {
	const id = 'confiance-audit-trois-piliers';
	await page.goto(`checklists/${id}/`);
	const section = page.locator(`section[data-checklist="${id}"]`);
	await expect(section.getByText('À refaire chaque mois')).toBeVisible();
	const boxes = section.getByRole('checkbox');
	const total = await boxes.count();
	for (let index = 0; index < total; index++) await boxes.nth(index).check();
	await section.getByRole('button', { name: 'Nouvelle période' }).click();
	await expect(section.locator('[data-progress]')).toHaveText(new RegExp(`^Progression\u00A0: 0 sur ${total}`));
	await expect(section.locator('[data-dates]')).toContainText('terminée le');
	await page.reload();
	await expect(boxes.nth(0)).not.toBeChecked();
	await expect(section.locator('[data-dates]')).toContainText('terminée le');
});

test('a path shows each step as to do, in progress or done from the ticks, and its guide leads to the next step', async ({
	page,
}) => {
	await page.goto('parcours/assistant/');
	const first = page.locator('[data-path-step]').first();
	await expect(first.locator('[data-state]')).toHaveText('À faire');

	// The step's checklists: those of its guide meant for the path's audience.
	const checklists: { id: string; version: number; itemIds: string[] }[] = JSON.parse(
		(await first.getAttribute('data-checklists')) ?? '[]',
	);
	expect(checklists.length).toBeGreaterThan(0);
	const [one, ...others] = checklists;
	if (!one) throw new Error('the first step has no checklist');
	await page.evaluate(
		(c) => localStorage.setItem(`partenaire:checklist:${c.id}:v${c.version}`, JSON.stringify(c.itemIds.slice(0, 1))),
		one,
	);
	await page.reload();
	await expect(first.locator('[data-state]')).toHaveText('En cours');
	await expect(first).toHaveAttribute('data-step-state', 'en-cours');

	await page.evaluate(
		(all) => all.forEach((c) => localStorage.setItem(`partenaire:checklist:${c.id}:v${c.version}`, JSON.stringify(c.itemIds))),
		[one, ...others],
	);
	await page.reload();
	await expect(first.locator('[data-state]')).toHaveText('Fait');

	await page.goto('guides/posture-partenaire/');
	const next = page.getByRole('navigation', { name: 'Parcours' });
	await expect(next.getByRole('link', { name: /^Étape suivante/ }).first()).toBeVisible();
	await expect(next).toContainText('étape 1 sur 7');
});

test('guides offer their page tools, and the feedback answer stays in the browser', async ({ page }) => {
	await page.goto('guides/charge-invisible/');
	await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
	const question = page.getByText('Cette page vous a-t-elle aidé');
	await expect(question).toBeVisible();
	await page.getByRole('button', { name: 'Oui' }).click();
	await expect(page.getByText('Merci, votre réponse reste dans ce navigateur.')).toBeVisible();
	// Upstream's guide sets no contact: the note stays private, with no message to write.
	await expect(page.getByRole('link', { name: 'Écrire ce qui vous a manqué' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Oui' })).toHaveCount(0);
	await expect(page.getByText('Merci, votre réponse reste dans ce navigateur.')).toBeVisible();
});
