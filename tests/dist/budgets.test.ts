/**
 * The weight budgets of tests/budgets.ts, on the production build in dist/: what each type of page
 * makes a reader download, compared with plain Starlight, the precache and the largest PDF.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { BUDGETS, PLAIN_STARLIGHT } from '../budgets.ts';
import { firstViewGzip, pageAssets, total, type Asset } from '../../scripts/bench/lib/page-assets.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const { basePath } = loadSiteConfig();
const GUIDE = 'guides/charge-invisible/index.html';
const WITHOUT_CHECKLIST = 'a-propos/index.html';
const CHECKLIST_PAGE = 'checklists/charge-journal-de-bord/index.html';
const SEARCH_PAGE = 'recherche/index.html';

function page(path: string) {
	const html = readFileSync(join(DIST, path), 'utf8');
	return { firstView: firstViewGzip(html, DIST, basePath), ...pageAssets(html, DIST, basePath) };
}

/** Scripts of `path` that a page without checklists does not load: the checklist script. */
function extraScripts(path: string): Asset[] {
	const known = new Set(page(WITHOUT_CHECKLIST).js.map((asset) => `${asset.path}:${asset.raw}`));
	return page(path).js.filter((asset) => !known.has(`${asset.path}:${asset.raw}`));
}

/** A failure names the figure and its budget. */
function withinBudget(figure: string, bytes: number, budget: number): void {
	expect(bytes, `${figure}: ${bytes} bytes, over its budget of ${Math.floor(budget)} bytes`).toBeLessThanOrEqual(budget);
}

describe('JavaScript per page type (gzip, run on load)', () => {
	it('the checklist script stays under 2 kB', () => {
		withinBudget('checklist script on a guide', total(extraScripts(GUIDE), 'gzip'), BUDGETS.checklistScript);
	});

	it('a page without checklists ships plain Starlight’s scripts and our every-page script only', () => {
		withinBudget('JS of /a-propos/', total(page(WITHOUT_CHECKLIST).js, 'gzip'), PLAIN_STARLIGHT.docJs + BUDGETS.everyPageScript);
	});

	it('a guide ships no more than plain Starlight’s guide plus the checklist script', () => {
		withinBudget(
			'JS of a guide',
			total(page(GUIDE).js, 'gzip'),
			PLAIN_STARLIGHT.guideJs + BUDGETS.everyPageScript + BUDGETS.checklistScript,
		);
	});

	it('the home page ships no more than plain Starlight’s', () => {
		withinBudget('JS of the home page', total(page('index.html').js, 'gzip'), PLAIN_STARLIGHT.homeJs + BUDGETS.everyPageScript);
	});

	it.skipIf(!existsSync(join(DIST, CHECKLIST_PAGE)))('a checklist page ships no more than a guide', () => {
		withinBudget(
			'JS of a checklist page',
			total(page(CHECKLIST_PAGE).js, 'gzip'),
			PLAIN_STARLIGHT.docJs + BUDGETS.everyPageScript + BUDGETS.checklistScript,
		);
	});

	it.skipIf(!existsSync(join(DIST, SEARCH_PAGE)))('the search page adds only its own script, Pagefind loading lazily', () => {
		withinBudget(
			'JS of the search page',
			total(page(SEARCH_PAGE).js, 'gzip'),
			PLAIN_STARLIGHT.docJs + BUDGETS.everyPageScript + BUDGETS.searchPageScript,
		);
	});
});

describe('CSS (gzip)', () => {
	const pages = ['index.html', GUIDE, WITHOUT_CHECKLIST, CHECKLIST_PAGE, SEARCH_PAGE].filter((path) =>
		existsSync(join(DIST, path)),
	);
	it.each(pages)('%s: Starlight’s stylesheet plus our styles', (path) => {
		withinBudget(`CSS of ${path}`, total(page(path).css, 'gzip'), PLAIN_STARLIGHT.css + BUDGETS.ourCss);
	});
});

describe('a guide against the same page in plain Starlight', () => {
	it(`weighs at most ${BUDGETS.guideRatio}× (HTML, CSS and JS run on load, gzip)`, () => {
		const bytes = page(GUIDE).firstView;
		withinBudget(
			`guide (×${(bytes / PLAIN_STARLIGHT.guideTotal).toFixed(3)} plain)`,
			bytes,
			PLAIN_STARLIGHT.guideTotal * BUDGETS.guideRatio,
		);
	});
});

describe('downloads', () => {
	const pdfs = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf'));
	it('the largest PDF stays a reasonable download', () => {
		// The build always writes the checklist PDFs and the livre blanc: none means they broke.
		expect(pdfs.length).toBeGreaterThan(0);
		const [largest = '', size = 0] =
			pdfs.map((name) => [name, statSync(join(DIST, name)).size] as const).sort((a, b) => b[1] - a[1])[0] ?? [];
		withinBudget(`largest PDF (${largest}, raw)`, size, BUDGETS.largestPdfRaw);
	});

	const worker = join(DIST, 'sw.js');
	it('the service worker precaches a reasonable amount', () => {
		expect(existsSync(worker), 'dist/sw.js is missing: offline reading is gone').toBe(true);
		// generateSW writes its manifest into sw.js as {url:"…",revision:…} entries.
		const urls = [...readFileSync(worker, 'utf8').matchAll(/url:"([^"]+)"/g)].map((match) => match[1] as string);
		expect(urls.length, 'precache manifest entries in sw.js').toBeGreaterThan(0);
		const bytes = urls.reduce((sum, url) => {
			const file = join(DIST, decodeURIComponent(url.replace(basePath, '').replace(/^\//, '')));
			return sum + (existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0);
		}, 0);
		withinBudget(`precache (${urls.length} files, raw)`, bytes, BUDGETS.precacheRaw);
	});
});
