import { defineConfig } from '@playwright/test';
import { loadSiteConfig } from './src/lib/site-config.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './scripts/lib/chromium.ts';
import { COMPANY_BASE, COMPANY_PORT } from './scripts/lib/company-site.ts';

/** Several worktrees may test at once: each can pick its own port. */
const PORT = Number(process.env.PREVIEW_PORT ?? 4399);
const { basePath } = loadSiteConfig();

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	workers: 2,
	outputDir: 'test-results/playwright-artifacts',
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		// A worker precaches the whole guide (about 5 MB) in every fresh context: only the offline
		// specs, which are about that, let it run (`test.use({ serviceWorkers: 'allow' })`).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: CHROMIUM,
			args: CHROMIUM_FLAGS,
		},
	},
	projects: [
		// The guide as published: the production build served by `astro preview`.
		{ name: 'site', testIgnore: 'entreprise/**', use: { baseURL: `http://127.0.0.1:${PORT}${basePath}` } },
		// The guide as a company hosts it: its fixture build under a sub-path, served by nginx.
		{
			name: 'entreprise',
			testMatch: 'entreprise/**/*.spec.ts',
			use: { baseURL: `http://127.0.0.1:${COMPANY_PORT}${COMPANY_BASE}` },
		},
	],
	webServer: [
		{
			command: `npx --no-install astro preview --host 127.0.0.1 --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}${basePath}`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			command: 'node scripts/serve-entreprise.ts',
			url: `http://127.0.0.1:${COMPANY_PORT}${COMPANY_BASE}`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
	],
});
