/**
 * The downloads the home page promises offline: after one visit, the livre blanc, every checklist
 * sheet and every template's Word file open with the network off. Justified as a browser test:
 * only a browser runs the service worker that serves them.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklists } from '../helpers/content.ts';
import { DIST } from '../helpers/dist.ts';
import { waitForOfflineReady } from './checks.ts';

// This spec is about the worker: let it run (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const templates = readdirSync(join(DIST, 'modeles')).filter((name) => name.endsWith('.docx'));

test('after one visit, the livre blanc, the checklist sheets and the templates open offline', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('./');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	try {
		const files = [
			'livre-blanc.pdf',
			...checklists().map((checklist) => `checklists/${checklist.id}.pdf`),
			...templates.map((name) => `modeles/${name}`),
		];
		const read = await page.evaluate(
			async (paths) =>
				Promise.all(
					paths.map(async (path) => {
						const response = await fetch(new URL(path, document.baseURI.replace(/[^/]*$/, '')));
						const bytes = new Uint8Array(await response.arrayBuffer());
						return { path, status: response.status, size: bytes.length, head: String.fromCharCode(...bytes.slice(0, 4)) };
					}),
				),
			files,
		);
		for (const file of read) {
			expect(file.status, file.path).toBe(200);
			expect(file.size, file.path).toBe(readFileSync(join(DIST, file.path)).length);
			expect(file.head, file.path).toBe(file.path.endsWith('.pdf') ? '%PDF' : 'PK\u0003\u0004');
		}
		// And the livre blanc opens as a page of its own, as a reader's click opens it.
		const response = await page.goto('livre-blanc.pdf').catch(() => null);
		expect(response === null || response.ok()).toBe(true);
	} finally {
		await context.setOffline(false);
	}
});
