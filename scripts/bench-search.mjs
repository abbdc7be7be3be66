#!/usr/bin/env node
/**
 * `npm run bench:search`: measures search as readers get it, on this site and on a plain
 * Starlight build of the same pages, and writes the figures to BENCHMARKS.md (« Recherche »).
 *
 * - time from the last keystroke to results shown: the first query of a visit (the index is
 *   fetched) and later ones, median of several queries;
 * - bytes fetched for the first query and for a later one (service workers blocked, cold cache);
 * - what the service worker precaches;
 * - the JavaScript of the header's search (gzip bytes of its script and every chunk it imports,
 *   statically or dynamically): our dialog against Starlight's Pagefind UI.
 *
 * The plain project is the benchmark's (`scripts/bench/projects.ts`, `.bench/plain-0/`): Starlight
 * with its defaults in French, the pages of content/docs as Markdown. Not a test: figures vary
 * with the machine, nothing here fails on them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { getManifest } from 'workbox-build';
import { serveStatic } from './lib/static-server.ts';
import { PROJECT_ROOT as ROOT, runAstro } from './lib/project-copy.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { plainProject } from './bench/projects.ts';
import { manifestOptions } from '../src/lib/offline/workbox-config.ts';
/** Queries typed in turn in one visit: the first fetches the index. */
const QUERIES = [
	'charge mentale',
	'réseau assistantes entreprise',
	'comment gagner la confiance de mon directeur',
	'entretien annuel augmentation',
	'fiabilite',
];
/** Visits per measure: the median is reported. */
const VISITS = 3;
/** A reader's typing pace, in ms between keys. */
const KEY_DELAY = 60;

/** Builds `root` and returns its wall time in ms; a failed build stops the measure. */
function built(root) {
	const run = runAstro(root);
	if (!run.ok) throw new Error(`Build failed in ${root}:\n${run.output}`);
	return run.ms;
}

/** Counts the bytes the page and its workers fetch (bodies and headers), from the last reset. */
function byteCounter(context) {
	let bytes = 0;
	const pending = new Set();
	context.on('requestfinished', (request) => {
		const sized = request.sizes().then((sizes) => {
			bytes += sizes.responseBodySize + sizes.responseHeadersSize;
			pending.delete(sized);
		});
		pending.add(sized);
	});
	return {
		reset: () => (bytes = 0),
		read: async () => {
			await Promise.all(pending);
			return bytes;
		},
	};
}

/**
 * Types the query and returns the ms from the last keystroke to the results on screen.
 * `shown` is evaluated in the page and resolves when the results of `query` are displayed.
 */
async function timeQuery(page, input, query, shown) {
	await input.fill('');
	await page.evaluate(() => {
		window.__lastKey = 0;
		document.addEventListener('keydown', () => (window.__lastKey = performance.now()), { capture: true });
	});
	const done = page.evaluate(shown, query);
	await input.pressSequentially(query, { delay: KEY_DELAY });
	const shownAt = await done;
	return shownAt - (await page.evaluate(() => window.__lastKey));
}

/** Our /recherche/ page: results are shown when the form's data-searched is the query's address. */
function oursShown(query) {
	return new Promise((resolve) => {
		const form = document.querySelector('form[data-search-page]');
		const expected = `?${new URLSearchParams({ q: query })}`;
		const check = () => {
			if (form.dataset.searched === expected) {
				observer.disconnect();
				resolve(performance.now());
			}
		};
		const observer = new MutationObserver(check);
		observer.observe(form, { attributes: true, attributeFilter: ['data-searched'] });
	});
}

/** Our header dialog: results are shown when it has set data-searched to the query. */
function dialogShown(query) {
	return new Promise((resolve) => {
		const dialog = document.querySelector('dialog[data-search-dialog]');
		const observer = new MutationObserver(() => {
			if (dialog.dataset.searched === query) {
				observer.disconnect();
				resolve(performance.now());
			}
		});
		observer.observe(dialog, { attributes: true, attributeFilter: ['data-searched'] });
	});
}

/** Starlight's dialog (Pagefind UI): results are shown when its message names the query and results are listed. */
function headerShown(query) {
	return new Promise((resolve) => {
		const root = document.querySelector('#starlight__search');
		const check = () => {
			const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
			if (message.includes(query) && root.querySelector('.pagefind-ui__result-link')) {
				observer.disconnect();
				resolve(performance.now());
			}
		};
		const observer = new MutationObserver(check);
		observer.observe(root, { childList: true, subtree: true, characterData: true });
	});
}

async function measure(browser, label, open, shown) {
	const first = [];
	const later = [];
	const firstBytes = [];
	const laterBytes = [];
	for (let visit = 0; visit < VISITS; visit++) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const bytes = byteCounter(context);
		// The first query's bytes start when the reader reaches for the search box.
		const input = await open(page, bytes.reset);
		for (const [index, query] of QUERIES.entries()) {
			if (index > 0) bytes.reset();
			const ms = await timeQuery(page, input, query, shown);
			// Let late fragment loads land in the count.
			await page.waitForTimeout(300);
			(index === 0 ? first : later).push(ms);
			(index === 0 ? firstBytes : laterBytes).push(await bytes.read());
		}
		await context.close();
	}
	return { label, first: median(first), later: median(later), firstBytes: median(firstBytes), laterBytes: median(laterBytes) };
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const openSearchPage = (site) => async (page, reset) => {
	await page.goto(site.url('recherche/'), { waitUntil: 'networkidle' });
	reset();
	const input = page.locator('form[data-search-page]').getByLabel('Mots à chercher');
	await input.click();
	return input;
};
const openOurDialog = (site) => async (page, reset) => {
	await page.goto(site.url(''), { waitUntil: 'networkidle' });
	reset();
	await page.locator('header [data-open-search]').click();
	const input = page.locator('dialog[data-search-dialog] input[type="search"]');
	await input.waitFor();
	return input;
};
const openHeaderSearch = (site) => async (page, reset) => {
	await page.goto(site.url(''), { waitUntil: 'networkidle' });
	reset();
	await page
		.getByRole('button', { name: /rechercher|search/i })
		.first()
		.click();
	const input = page.locator('#starlight__search .pagefind-ui__search-input');
	await input.waitFor();
	return input;
};

async function main() {
	console.log('Building this site…');
	const oursBuild = built(ROOT);
	console.log('Generating and building plain Starlight with the same pages…');
	const PLAIN = plainProject(0);
	const plainBuild = built(PLAIN);
	const ours = await serveStatic(join(ROOT, 'dist'), '/');
	const plain = await serveStatic(join(PLAIN, 'dist'), '/');
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	try {
		const rows = [
			await measure(browser, 'Partenaire, page /recherche/', openSearchPage(ours), oursShown),
			await measure(browser, 'Partenaire, recherche de l’en-tête', openOurDialog(ours), dialogShown),
			await measure(browser, 'Starlight seul, recherche de l’en-tête', openHeaderSearch(plain), headerShown),
		];
		const { count, size } = await getManifest(manifestOptions(join(ROOT, 'dist')));
		const indexBytes = (dir) =>
			readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.reduce((sum, entry) => sum + readFileSync(join(entry.parentPath, entry.name)).length, 0);
		report({
			rows,
			script: { ours: searchScriptBytes(join(ROOT, 'dist')), plain: searchScriptBytes(join(PLAIN, 'dist')) },
			precache: { count, size },
			index: { ours: indexBytes(join(ROOT, 'dist')), plain: indexBytes(join(PLAIN, 'dist')) },
			builds: { ours: oursBuild, plain: plainBuild },
		});
	} finally {
		await browser.close();
		await ours.close();
		await plain.close();
	}
}

/** Gzip bytes of the header search's script and of every chunk it imports, once each. */
function searchScriptBytes(dist) {
	const dir = join(dist, '_astro');
	const entry = readdirSync(dir).find((name) => name.startsWith('Search.astro_astro_type_script'));
	if (!entry) throw new Error(`No script of the Search component in ${dir}.`);
	const seen = new Set();
	const todo = [entry];
	let bytes = 0;
	while (todo.length > 0) {
		const name = todo.pop();
		if (seen.has(name)) continue;
		seen.add(name);
		const content = readFileSync(join(dir, name));
		bytes += gzipSync(content, { level: 9 }).length;
		for (const [, imported] of content.toString('utf8').matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) {
			todo.push(imported);
		}
	}
	return bytes;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const s = (value) => `${(value / 1000).toFixed(1)} s`;

function report({ rows, script, precache, index, builds }) {
	const lines = [
		'## Recherche',
		'',
		`Mesuré par \`npm run bench:search\` le ${new Date().toISOString().slice(0, 10)} (Chromium sans interface, serveur local, cache vide, service worker bloqué pour compter les octets ; médiane de ${VISITS} visites, requêtes : ${QUERIES.map((q) => `« ${q} »`).join(', ')}). Le délai court de la dernière touche à l’affichage des résultats ; la boîte de recherche de Starlight attend 300 ms de pause avant de chercher, la nôtre et la page /recherche/ 120 ms.`,
		'',
		'| recherche | 1re requête (index chargé) | requêtes suivantes | octets, 1re requête | octets, requête suivante |',
		'| --- | --- | --- | --- | --- |',
		...rows.map((r) => `| ${r.label} | ${ms(r.first)} | ${ms(r.later)} | ${kB(r.firstBytes)} | ${kB(r.laterBytes)} |`),
		'',
		`| mesure | Partenaire | Starlight seul |`,
		'| --- | --- | --- |',
		`| JavaScript de la recherche de l’en-tête (gzip, avec ses imports) | ${kB(script.ours)} | ${kB(script.plain)} |`,
		`| index Pagefind sur disque (\`pagefind/\`) | ${kB(index.ours)} | ${kB(index.plain)} |`,
		`| construction complète | ${s(builds.ours)} | ${s(builds.plain)} |`,
		`| précache du service worker | ${precache.count} fichiers, ${kB(precache.size)} | pas de hors-ligne |`,
		'',
	];
	const text = lines.join('\n');
	console.log(`\n${text}`);
	const file = join(ROOT, 'BENCHMARKS.md');
	const current = existsSync(file)
		? readFileSync(file, 'utf8')
		: '# Mesures\n\nChiffres relevés par les scripts `npm run bench:*` ; ils varient avec la machine.\n\n';
	const section = /## Recherche\n[\s\S]*?(?=\n## |$)/;
	writeFileSync(file, section.test(current) ? current.replace(section, text) : `${current.trimEnd()}\n\n${text}`);
	console.log(`Written to ${file}.`);
}

await main();
