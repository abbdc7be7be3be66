/**
 * The weight budgets of tests/budgets.ts, on the production build in dist/: what each type of page
 * makes a reader download, compared with the same page of plain Starlight built in this test run
 * (scripts/build-plain-starlight.ts), the precache and the largest PDF. A page that a budget names
 * and that is missing fails its test: the budget would otherwise say nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { BUDGETS } from '../budgets.ts';
import { firstViewGzip, pageAssets, total, type Asset } from '../../scripts/bench/lib/page-assets.ts';
import { precachedUrls } from '../../src/lib/offline/workbox-config.ts';
import { WORKER_FILE } from '../../src/lib/offline/worker-file.ts';
import { PLAIN_STARLIGHT_DIR } from '../../scripts/bench/projects.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const { basePath } = loadSiteConfig();
const PLAIN_DIST = join(PLAIN_STARLIGHT_DIR, 'dist');
const GUIDE = 'guides/charge-invisible/index.html';
const WITHOUT_CHECKLIST = 'a-propos/index.html';
const CHECKLIST_PAGE = 'checklists/charge-journal-de-bord/index.html';
const SEARCH_PAGE = 'recherche/index.html';

function weigh(dist: string, base: string, path: string) {
	const file = join(dist, path);
	expect(existsSync(file), `${file} is missing: the budget that names it cannot be checked`).toBe(true);
	const html = readFileSync(file, 'utf8');
	return { firstView: firstViewGzip(html, dist, base), ...pageAssets(html, dist, base) };
}
/** A page of our build. */
const page = (path: string) => weigh(DIST, basePath, path);
/** The same page in plain Starlight. */
const plain = (path: string) => weigh(PLAIN_DIST, '/', path);
const js = (weighed: ReturnType<typeof page>) => total(weighed.js, 'gzip');

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
		withinBudget('JS of /a-propos/', js(page(WITHOUT_CHECKLIST)), js(plain(WITHOUT_CHECKLIST)) + BUDGETS.everyPageScript);
	});

	it('a guide ships no more than plain Starlight’s guide plus the checklist script', () => {
		withinBudget('JS of a guide', js(page(GUIDE)), js(plain(GUIDE)) + BUDGETS.everyPageScript + BUDGETS.checklistScript);
	});

	it('the home page ships no more than plain Starlight’s', () => {
		withinBudget('JS of the home page', js(page('index.html')), js(plain('index.html')) + BUDGETS.everyPageScript);
	});

	it('a checklist page ships no more than a guide', () => {
		withinBudget(
			'JS of a checklist page',
			js(page(CHECKLIST_PAGE)),
			js(plain(CHECKLIST_PAGE)) + BUDGETS.everyPageScript + BUDGETS.checklistScript,
		);
	});

	// Plain Starlight has no search page: its search is the dialog of every page.
	it('the search page adds only its own script, Pagefind loading lazily', () => {
		withinBudget(
			'JS of the search page',
			js(page(SEARCH_PAGE)),
			js(plain(WITHOUT_CHECKLIST)) + BUDGETS.everyPageScript + BUDGETS.searchPageScript,
		);
	});
});

describe('CSS (gzip)', () => {
	it.each(['index.html', GUIDE, WITHOUT_CHECKLIST, CHECKLIST_PAGE, SEARCH_PAGE])(
		'%s: Starlight’s stylesheet plus our styles',
		(path) => {
			withinBudget(`CSS of ${path}`, total(page(path).css, 'gzip'), total(plain(WITHOUT_CHECKLIST).css, 'gzip') + BUDGETS.ourCss);
		},
	);
});

describe('a guide against the same page in plain Starlight', () => {
	it(`adds at most ${BUDGETS.guideOverhead} bytes (HTML, CSS and JS run on load, gzip)`, () => {
		const [bytes, reference] = [page(GUIDE).firstView, plain(GUIDE).firstView];
		withinBudget(
			`guide over plain Starlight (${bytes} against ${reference} bytes, ×${(bytes / reference).toFixed(3)})`,
			bytes - reference,
			BUDGETS.guideOverhead,
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

	const worker = join(DIST, WORKER_FILE);
	it('the service worker precaches a reasonable amount', () => {
		expect(existsSync(worker), 'dist/sw.js is missing: offline reading is gone').toBe(true);
		const urls = precachedUrls(readFileSync(worker, 'utf8'));
		expect(urls.length, 'precache manifest entries in sw.js').toBeGreaterThan(0);
		const bytes = urls.reduce((sum, url) => {
			const file = join(DIST, decodeURIComponent(url.replace(basePath, '').replace(/^\//, '')));
			return sum + (existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0);
		}, 0);
		withinBudget(`precache (${urls.length} files, raw)`, bytes, BUDGETS.precacheRaw);
	});
});
