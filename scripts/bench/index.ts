#!/usr/bin/env node
/**
 * `npm run bench`: this project side by side with plain Starlight. Builds both with N generated
 * guides, three times each (cold, again with nothing changed, after editing one guide: time, peak
 * memory, growth with N, share of the downloads and of the post-build steps),
 * weighs the pages of the real site as readers load them, measures Pagefind at the largest N and
 * runs Lighthouse; prints the tables and writes them to BENCHMARKS.md, section « Performance ».
 *
 * Options: `--sizes 100,500` (default 100,500,2000), `--skip-lighthouse`, `--skip-builds` (weigh
 * and audit the real site only). Projects are written to `.bench/` (ignored by git).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildThreeTimes, type RebuildFigures } from './rebuilds.ts';
import type { BuildFigures } from './build.ts';
import { downloadsCache, EDITED_GUIDE, oursProject, plainProject, ROOT } from './projects.ts';
import { CACHE_ENV } from '../../src/lib/downloads/cache.ts';
import { serveStatic, type StaticSite } from '../lib/static-server.ts';
import { buildCompanyCopy, COMPANY_BASE } from '../lib/company-site.ts';
import { LOCAL_PAGES_DIR } from '../../src/lib/local-pages.ts';
import { launch, weighPage, SEARCH_QUERY, type PageWeight } from './page-weight.ts';
import { lighthouseMedian, CATEGORIES, type FormFactor, type LighthouseFigures } from './lighthouse.ts';
import { growthFactor, growthVerdict, marginalCosts } from './lib/growth.ts';
import { kilobytes, markdownTable, parseBenchOptions, ratio, replaceSection, subsection } from './lib/report.ts';
import type { ResourceKind, Totals } from './lib/resources.ts';
import { BENCH_FOLDER, guideName } from './lib/generate-guides.ts';
import { firstViewGzip, pageAssets, total } from './lib/page-assets.ts';

const options = parseBenchOptions(process.argv.slice(2));
/** How busy the machine was when the benchmark started: its other work slows every figure. */
const loadAtStart = loadavg()[0] ?? 0;
const PORTS = { ours: 4410, plain: 4411, oursLarge: 4412, plainLarge: 4413, company: 4414 };
const started = Date.now();
const log = (message: string) => console.log(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${message}`);

function dirBytes(dir: string): { bytes: number; files: number } {
	if (!existsSync(dir)) return { bytes: 0, files: 0 };
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return { bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0), files: files.length };
}

function fileBytes(file: string): number {
	return existsSync(file) ? statSync(file).size : 0;
}

// ── Builds ────────────────────────────────────────────────────────────────────────────────────
interface SizeFigures {
	pages: number;
	ours: RebuildFigures;
	plain: RebuildFigures;
	/** HTML of the first generated guide, which both sites render from the same Markdown. */
	guideHtml: { ours: number; plain: number };
}
const sizes = [0, ...(options.builds ? options.sizes : [])];
const builds: SizeFigures[] = [];
for (const pages of sizes) {
	log(`N = ${pages}: writing both projects`);
	const ours = oursProject(pages);
	const plain = plainProject(pages);
	log(`N = ${pages}: building ours (cold, again, after editing ${EDITED_GUIDE.ours})`);
	const oursFigures = await buildThreeTimes(ours, EDITED_GUIDE.ours, { [CACHE_ENV]: downloadsCache(pages) });
	log(`N = ${pages}: building plain Starlight (cold, again, after editing ${EDITED_GUIDE.plain})`);
	const plainFigures = await buildThreeTimes(plain, EDITED_GUIDE.plain);
	const guide = pages > 0 ? join(BENCH_FOLDER, guideName(0), 'index.html') : 'guides/charge-invisible/index.html';
	builds.push({
		pages,
		ours: oursFigures,
		plain: plainFigures,
		guideHtml: { ours: fileBytes(join(ours, 'dist', guide)), plain: fileBytes(join(plain, 'dist', guide)) },
	});
	log(
		`N = ${pages}: ours ${oursFigures.cold.wallSeconds} / ${oursFigures.warm.wallSeconds} / ${oursFigures.edited.wallSeconds} s, plain ${plainFigures.cold.wallSeconds} / ${plainFigures.warm.wallSeconds} / ${plainFigures.edited.wallSeconds} s`,
	);
}
const largest = Math.max(...sizes);

// ── Page weights, on the real site ───────────────────────────────────────────────────────────────
const PAGES = [
	{ name: 'home', path: '/' },
	{ name: 'guide with checklists', path: '/guides/charge-invisible/' },
	{ name: 'checklist page', path: '/checklists/charge-journal-de-bord/' },
	// Plain Starlight has no search page: its search is the dialog of every page, opened on the home page.
	{ name: 'search', path: '/recherche/', plainPath: '/', search: true },
] as const;
const servers: StaticSite[] = [];
servers.push(
	await serveStatic(join(ROOT, '.bench/ours-0/dist'), '/', PORTS.ours),
	await serveStatic(join(ROOT, '.bench/plain-0/dist'), '/', PORTS.plain),
);
const browser = await launch();
const weights: { name: string; ours: PageWeight | undefined; plain: PageWeight | undefined }[] = [];
for (const page of PAGES) {
	log(`weighing ${page.name}`);
	const withSearch = 'search' in page;
	let ours = await weighPage(browser, `http://127.0.0.1:${PORTS.ours}${page.path}`, { withSearch });
	// Before the search page exists, ours searches like plain Starlight: from the dialog.
	if (!ours && withSearch) ours = await weighPage(browser, `http://127.0.0.1:${PORTS.ours}/`, { withSearch });
	const plainPath = 'plainPath' in page ? page.plainPath : page.path;
	const plain = await weighPage(browser, `http://127.0.0.1:${PORTS.plain}${plainPath}`, { withSearch });
	weights.push({ name: page.name, ours, plain });
}

// Pagefind at the largest N: the index on disk and what one query fetches.
let pagefind:
	| {
			ours: ReturnType<typeof dirBytes>;
			plain: ReturnType<typeof dirBytes>;
			oursQuery: PageWeight | undefined;
			plainQuery: PageWeight | undefined;
	  }
	| undefined;
if (largest > 0) {
	log(`Pagefind at N = ${largest}`);
	const oursDist = join(ROOT, `.bench/ours-${largest}/dist`);
	const plainDist = join(ROOT, `.bench/plain-${largest}/dist`);
	servers.push(await serveStatic(oursDist, '/', PORTS.oursLarge), await serveStatic(plainDist, '/', PORTS.plainLarge));
	const oursSearch = existsSync(join(oursDist, 'recherche/index.html')) ? '/recherche/' : '/';
	pagefind = {
		ours: dirBytes(join(oursDist, 'pagefind')),
		plain: dirBytes(join(plainDist, 'pagefind')),
		oursQuery: await weighPage(browser, `http://127.0.0.1:${PORTS.oursLarge}${oursSearch}`, { withSearch: true }),
		plainQuery: await weighPage(browser, `http://127.0.0.1:${PORTS.plainLarge}/`, { withSearch: true }),
	};
}
await browser.close();

// ── Lighthouse, on our real site and a company's copy ────────────────────────────────────────────
/** One page of each type a reader meets (issue 19), mobile; desktop and plain Starlight on the first two. */
const AUDITED = [
	{ name: 'home', path: '/' },
	{ name: 'guide with checklists', path: '/guides/charge-invisible/' },
	{ name: 'checklist page', path: '/checklists/charge-journal-de-bord/' },
	{ name: 'template', path: '/modeles/charte-du-reseau/' },
	{ name: 'path', path: '/parcours/assistant/' },
	{ name: 'glossary', path: '/glossaire/' },
	{ name: 'search', path: '/recherche/' },
] as const;
/** A page of the company's own, in its copy under the sub-path (tests/fixtures/entreprise). */
const COMPANY_PAGE = `${COMPANY_BASE}${LOCAL_PAGES_DIR}/deplacements/`;
const audits: { site: 'ours' | 'plain' | 'company'; name: string; formFactor: FormFactor; figures: LighthouseFigures }[] = [];
if (options.lighthouse) {
	log('building the company copy for its local page');
	const company = buildCompanyCopy(join(ROOT, '.bench/entreprise'));
	if (!company.ok) throw new Error(`The company copy did not build:\n${company.output}`);
	servers.push(await serveStatic(join(ROOT, '.bench/entreprise/dist'), COMPANY_BASE, PORTS.company));
	const audit = async (site: (typeof audits)[number]['site'], name: string, url: string, formFactor: FormFactor) => {
		log(`Lighthouse ${formFactor} ${name} (${site})`);
		audits.push({ site, name, formFactor, figures: await lighthouseMedian(url, formFactor) });
	};
	for (const page of AUDITED) await audit('ours', page.name, `http://127.0.0.1:${PORTS.ours}${page.path}`, 'mobile');
	await audit('company', 'local page', `http://127.0.0.1:${PORTS.company}${COMPANY_PAGE}`, 'mobile');
	for (const page of AUDITED.slice(0, 2)) {
		await audit('ours', page.name, `http://127.0.0.1:${PORTS.ours}${page.path}`, 'desktop');
		// Plain Starlight on mobile, for comparison: what the same theme scores on the same machine.
		await audit('plain', page.name, `http://127.0.0.1:${PORTS.plain}${page.path}`, 'mobile');
	}
}
await Promise.all(servers.map((server) => server.close()));

// ── Tables ───────────────────────────────────────────────────────────────────────────────────
const seconds = (value: number) => `${value.toFixed(1)} s`;
const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);
const megabytes = (value: number) => `${Math.round(value)} MB`;
const sections: string[] = [];
const LIGHTHOUSE_HEADING = 'Lighthouse';

const time = (figures: BuildFigures) => `${seconds(figures.wallSeconds)} (${seconds(figures.cpuSeconds)})`;
const timeRatio = (ours: BuildFigures, plain: BuildFigures) =>
	`${ratio(ours.wallSeconds, plain.wallSeconds)} (${ratio(ours.cpuSeconds, plain.cpuSeconds)})`;
/** The downloads step of one build: its time, its share of the build, what it rendered and reused. */
const downloadsCell = (figures: BuildFigures) => {
	const step = figures.downloads;
	if (!step) return 'n/a';
	const share = ((step.ms / 1000 / figures.wallSeconds) * 100).toFixed(0);
	return `${ms(step.ms)} (${share} %; ${step.rendered} rendered, ${step.reused} reused)`;
};
const coldRows = builds.map(({ pages, ours, plain, guideHtml }) => [
	String(pages),
	time(ours.cold),
	time(plain.cold),
	timeRatio(ours.cold, plain.cold),
	`${megabytes(ours.cold.peakMegabytes)} / ${megabytes(plain.cold.peakMegabytes)} (${ratio(ours.cold.peakMegabytes, plain.cold.peakMegabytes)})`,
	downloadsCell(ours.cold),
	ms(ours.cold.steps.csp),
	`${ms(ours.cold.steps.pagefind)} / ${ms(plain.cold.steps.pagefind)}`,
	`${kilobytes(guideHtml.ours)} / ${kilobytes(guideHtml.plain)}`,
]);
sections.push(
	`### Cold build, with N generated guides (about 800 words, two checklists each): wall time (CPU time)\n\n${markdownTable(
		[
			'N',
			'ours',
			'plain',
			'ratio',
			'peak memory ours / plain',
			'downloads step (share of ours)',
			'CSP step',
			'Pagefind ours / plain',
			'guide HTML ours / plain',
		],
		coldRows,
	)}`,
);
const rebuildRows = builds.map(({ pages, ours, plain }) => [
	String(pages),
	`${time(ours.warm)} / ${time(plain.warm)}`,
	downloadsCell(ours.warm),
	`${time(ours.edited)} / ${time(plain.edited)}`,
	timeRatio(ours.edited, plain.cold),
	downloadsCell(ours.edited),
	`${megabytes(ours.warm.peakMegabytes)} / ${megabytes(plain.warm.peakMegabytes)}`,
]);
sections.push(
	`### Rebuilds in the same folder: nothing changed, then one guide edited (${EDITED_GUIDE.ours}, a guide of the livre blanc)\n\n${markdownTable(
		[
			'N',
			'nothing changed, ours / plain',
			'downloads step, nothing changed',
			'one guide edited, ours / plain',
			'edited ours / plain cold (target ×1.00 at most)',
			'downloads step, one guide edited',
			'peak memory, nothing changed, ours / plain',
		],
		rebuildRows,
	)}`,
);
const generated = builds.filter((size) => size.pages > 0);
if (generated.length >= 2) {
	const growthRows = (['ours', 'plain'] as const).flatMap((site) => {
		const cpu = generated.map((size) => ({ pages: size.pages, value: size[site].cold.cpuSeconds * 1000 }));
		const memory = generated.map((size) => ({ pages: size.pages, value: size[site].cold.peakMegabytes }));
		return [
			[
				site,
				'cold build CPU time',
				marginalCosts(cpu)
					.map((step) => `${step.from}→${step.to}: ${step.perPage.toFixed(1)} ms/page`)
					.join(', '),
				growthVerdict(growthFactor(cpu)),
			],
			[
				site,
				'peak memory',
				marginalCosts(memory)
					.map((step) => `${step.from}→${step.to}: ${(step.perPage * 1024).toFixed(0)} kB/page`)
					.join(', '),
				growthVerdict(growthFactor(memory)),
			],
		];
	});
	sections.push(
		`### Growth with N (cost of each added page; linear when the last step costs what the first did)\n\n${markdownTable(['site', 'figure', 'per added page', 'growth'], growthRows)}`,
	);
}

const KINDS: ResourceKind[] = ['html', 'css', 'js'];
const cell = (totals: Totals | undefined, kind: ResourceKind) =>
	totals ? `${kilobytes(totals[kind].raw)} / ${kilobytes(totals[kind].gzip)}` : 'n/a';
const sum = (totals: Totals | undefined, key: 'raw' | 'gzip') =>
	totals ? KINDS.reduce((total, kind) => total + totals[kind][key], 0) : 0;
const weightRows = weights.flatMap(({ name, ours, plain }) => [
	...KINDS.map((kind) => [
		name,
		kind.toUpperCase(),
		cell(ours?.firstView, kind),
		cell(plain?.firstView, kind),
		ours && plain ? ratio(ours.firstView[kind].gzip, plain.firstView[kind].gzip) : 'n/a',
	]),
	[
		name,
		'**total**',
		ours ? `${kilobytes(sum(ours.firstView, 'raw'))} / ${kilobytes(sum(ours.firstView, 'gzip'))}` : 'n/a',
		plain ? `${kilobytes(sum(plain.firstView, 'raw'))} / ${kilobytes(sum(plain.firstView, 'gzip'))}` : 'n/a',
		ours && plain ? `**${ratio(sum(ours.firstView, 'gzip'), sum(plain.firstView, 'gzip'))}**` : 'n/a',
	],
]);
sections.push(
	`### First view of the real site (raw / gzip; plain Starlight's search is its dialog, opened from the home page)\n\n${markdownTable(
		['page', 'kind', 'ours', 'plain', 'ratio (gzip)'],
		weightRows,
	)}`,
);
/** JS that the page's HTML runs on load (its scripts and their static imports), from the files. */
function jsRunOnLoad(site: 'ours' | 'plain', path: string): number | undefined {
	const dist = join(ROOT, `.bench/${site}-0/dist`);
	const file = join(dist, path, 'index.html');
	return existsSync(file) ? total(pageAssets(readFileSync(file, 'utf8'), dist).js, 'gzip') : undefined;
}
const jsRows = PAGES.map((page, index) => {
	const { ours, plain } = weights[index] ?? {};
	const plainPath = 'plainPath' in page ? page.plainPath : page.path;
	const oursOnLoad = jsRunOnLoad('ours', page.path) ?? (ours ? jsRunOnLoad('ours', '/') : undefined);
	const plainOnLoad = jsRunOnLoad('plain', plainPath);
	const lazily = (weight: PageWeight | undefined, onLoad: number | undefined) =>
		weight && onLoad !== undefined ? kilobytes(weight.firstView.js.gzip - onLoad + (weight.search?.totals.js.gzip ?? 0)) : 'n/a';
	return [
		page.name,
		oursOnLoad === undefined ? 'n/a' : kilobytes(oursOnLoad),
		plainOnLoad === undefined ? 'n/a' : kilobytes(plainOnLoad),
		lazily(ours, oursOnLoad),
		lazily(plain, plainOnLoad),
	];
});
sections.push(
	`### JavaScript (gzip): run on load (the page's scripts and their static imports) and loaded lazily (on idle, or by a search for « ${SEARCH_QUERY} » on the search page)\n\n${markdownTable(
		['page', 'ours on load', 'plain on load', 'ours lazily', 'plain lazily'],
		jsRows,
	)}`,
);
if (pagefind) {
	sections.push(
		`### Pagefind at N = ${largest}\n\n${markdownTable(
			['', 'ours', 'plain'],
			[
				[
					'index on disk',
					`${kilobytes(pagefind.ours.bytes)} (${pagefind.ours.files} files)`,
					`${kilobytes(pagefind.plain.bytes)} (${pagefind.plain.files} files)`,
				],
				[
					`fetched for « ${SEARCH_QUERY} »`,
					pagefind.oursQuery?.search
						? `${kilobytes(pagefind.oursQuery.search.pagefindBytes)} (${pagefind.oursQuery.search.pagefindRequests} requests)`
						: 'n/a',
					pagefind.plainQuery?.search
						? `${kilobytes(pagefind.plainQuery.search.pagefindBytes)} (${pagefind.plainQuery.search.pagefindRequests} requests)`
						: 'n/a',
				],
			],
		)}`,
	);
}
if (audits.length > 0) {
	sections.push(
		`### ${LIGHTHOUSE_HEADING} (median of three runs; plain Starlight on mobile for comparison)\n\n${markdownTable(
			['site', 'page', 'form factor', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS'],
			audits.map(({ site, name, formFactor, figures }) => [
				site,
				name,
				formFactor,
				...CATEGORIES.map((id) => String(figures.scores[id])),
				ms(figures.metrics.fcp),
				ms(figures.metrics.lcp),
				ms(figures.metrics.tbt),
				figures.metrics.cls.toFixed(3),
			]),
		)}`,
	);
}

const benchmarks = join(ROOT, 'BENCHMARKS.md');
const previous = existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : '';
// A run with --skip-lighthouse keeps the audits of the last run that made them, saying so.
const earlierAudits = audits.length === 0 ? subsection(previous, 'Performance', LIGHTHOUSE_HEADING) : undefined;
if (earlierAudits) {
	const [heading = '', ...rest] = earlierAudits.split('\n');
	// The run that measured them: named by the previous section's first line.
	const measured = /^Measured on (\S+) at commit (\w+)/m.exec(previous.slice(previous.indexOf('## Performance')));
	const note = heading.includes(', not by this run')
		? heading
		: `${heading} — measured on ${measured?.[1] ?? 'an earlier day'} at commit ${measured?.[2] ?? '?'}, not by this run`;
	sections.push([note, ...rest].join('\n'));
}

const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GB of memory, Node ${process.version}, load average ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end`;
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const section = [
	'## Performance',
	'',
	`Measured on ${new Date().toISOString().slice(0, 10)} at commit ${commit} by \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` (scripts/bench/), on ${machine}. The machine is shared: times vary by some tens of percent between runs; sizes do not.`,
	'',
	"« Plain » is a Starlight project with its default configuration and the same pages as Markdown (components stripped, checklists as task lists); « ours » builds the same guides plus a page, a PDF and a Markdown download per checklist. Generated guides go to content/docs/interne/, where a company adds its own pages. A cold build starts from a fresh copy (no cache of Astro's, none of our downloads); a rebuild runs again in the same folder. Our downloads (PDF, Word, Markdown) are made after the pages, in worker threads, and copied from their cache when their inputs did not change; our checklist pages are kept from the previous build (Astro's incremental build) while no entry's fields changed.",
	'',
	...sections.flatMap((text) => [text, '']),
].join('\n');
console.log(`\n${section}`);
writeFileSync(benchmarks, replaceSection(previous, 'Performance', section));
// The plain Starlight figures that tests/budgets.ts records, measured as the budget test measures ours.
const plainDist = join(ROOT, '.bench/plain-0/dist');
const plainPage = (path: string) => {
	const html = readFileSync(join(plainDist, path, 'index.html'), 'utf8');
	const assets = pageAssets(html, plainDist);
	return { js: total(assets.js, 'gzip'), css: total(assets.css, 'gzip'), firstView: firstViewGzip(html, plainDist) };
};
const plainGuide = plainPage('guides/charge-invisible');
const reference = {
	guideJs: plainGuide.js,
	docJs: plainPage('a-propos').js,
	homeJs: plainPage('').js,
	css: plainGuide.css,
	guideTotal: plainGuide.firstView,
};
console.log(`\nPlain Starlight reference for tests/budgets.ts (gzip bytes): ${JSON.stringify(reference)}`);
writeFileSync(join(ROOT, '.bench/results.json'), `${JSON.stringify({ builds, weights, pagefind, audits }, null, 2)}\n`);
log('written to BENCHMARKS.md (raw figures in .bench/results.json)');
