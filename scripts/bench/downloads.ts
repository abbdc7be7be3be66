#!/usr/bin/env node
/**
 * `npm run bench:downloads`: what the downloads cost to build, and how that grows. Renders, in
 * this process and with the real renderers, N checklist sheets (PDF and Markdown) and N template
 * files (Word and Markdown) for several N, and the livre blanc of the real guides (also in fresh
 * processes, as a build's worker renders it first: fonts parsed, every word shaped for it); prints
 * the tables and writes them to BENCHMARKS.md, section « Téléchargements ». Options:
 * `--sizes 20,80,320`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderChecklistPdf, type ChecklistSheet } from '../../src/lib/pdf/checklist-pdf.ts';
import { renderLivreBlanc } from '../../src/lib/pdf/livre-blanc.ts';
import { mdxBlocks, mdxTemplates } from '../../src/lib/pdf/mdast-blocks.ts';
import { checklistMarkdown } from '../../src/lib/checklists/markdown.ts';
import { templateDocx } from '../../src/lib/templates/template-docx.ts';
import { pageTemplate, templateMarkdown } from '../../src/lib/templates/template-files.ts';
import { parseYaml } from '../../src/lib/yaml.ts';
import { checklistSchema } from '../../src/schemas/checklists.ts';
import { RECURRENCES } from '../../src/schemas/checklists.ts';
import { growthFactor, growthVerdict, marginalCosts } from './lib/growth.ts';
import { kilobytes, markdownTable, replaceSection } from './lib/report.ts';
import { ROOT } from './projects.ts';
import { DOWNLOADS } from '../../src/lib/offline/workbox-config.ts';

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg === -1 ? '20,80,320' : (process.argv[sizesArg + 1] ?? '')).split(',').map(Number);
const CONTENT = join(ROOT, 'content');
const ORGANISATION = 'Partenaire';
const ACCENT = '#0b6e69';

const yamlChecklists = readdirSync(join(CONTENT, 'checklists')).map((name) => ({
	id: name.replace(/\.yaml$/, ''),
	...checklistSchema.parse(parseYaml(readFileSync(join(CONTENT, 'checklists', name), 'utf8'), name)),
}));
const templateSources = readdirSync(join(CONTENT, 'docs/modeles'))
	.filter((name) => name !== 'index.mdx')
	.map((name) => ({ name, source: readFileSync(join(CONTENT, 'docs/modeles', name), 'utf8') }));

/** The n-th sheet: the real checklists in turn, every third one recurring, under a new title. */
function sheet(n: number): ChecklistSheet {
	const base = yamlChecklists[n % yamlChecklists.length];
	if (!base) throw new Error('no checklist in content/checklists');
	return {
		...base,
		id: `${base.id}-${n}`,
		title: `${base.title} ${n}`,
		recurrence: n % 3 === 0 ? RECURRENCES[n % RECURRENCES.length] : undefined,
		guideTitle: 'Guide',
		audiences: 'assistantes et assistants',
		reviewedDate: new Date('2026-11-23T00:00:00Z'),
		organisation: ORGANISATION,
		accentColor: ACCENT,
		pageAddress: `https://partenaire.example/checklists/${base.id}-${n}/`,
		guideAddress: 'https://partenaire.example/guides/x/',
	} as ChecklistSheet & { guideAddress: string };
}

/** CPU time rather than wall time: on a shared machine, waiting for a core is not our cost. */
async function timed(run: () => Promise<number>): Promise<{ ms: number; bytes: number }> {
	const start = process.cpuUsage();
	const bytes = await run();
	const used = process.cpuUsage(start);
	return { ms: (used.user + used.system) / 1000, bytes };
}

async function checklists(n: number) {
	return timed(async () => {
		let bytes = 0;
		for (let i = 0; i < n; i++) {
			const current = sheet(i) as ChecklistSheet & { guideAddress: string };
			bytes += (await renderChecklistPdf(current)).length + checklistMarkdown(current).length;
		}
		return bytes;
	});
}

async function templates(n: number) {
	return timed(async () => {
		let bytes = 0;
		for (let i = 0; i < n; i++) {
			const page = templateSources[i % templateSources.length];
			if (!page) throw new Error('no template in content/docs/modeles');
			const template = pageTemplate(mdxTemplates(page.source, page.name), page.name);
			const file = {
				template,
				description: '',
				organisation: ORGANISATION,
				accentColor: ACCENT,
				pageAddress: 'https://partenaire.example/modeles/x/',
				date: new Date('2026-11-23T00:00:00Z'),
			};
			bytes += (await templateDocx(file)).length;
			bytes += templateMarkdown(template, { title: page.name, address: file.pageAddress, organisation: ORGANISATION }).length;
		}
		return bytes;
	});
}

async function livreBlanc() {
	const guides = readdirSync(join(CONTENT, 'docs/guides')).map((name) => {
		const source = readFileSync(join(CONTENT, 'docs/guides', name), 'utf8');
		return { title: name, audiences: 'assistantes et assistants', blocks: mdxBlocks(source, name) };
	});
	return timed(
		async () =>
			(
				await renderLivreBlanc({
					organisation: ORGANISATION,
					siteAddress: 'https://partenaire.example/',
					accentColor: ACCENT,
					date: new Date('2026-11-23T00:00:00Z'),
					dateText: '23 novembre 2026',
					guides,
					checklists: new Map(yamlChecklists.map((checklist) => [checklist.id, checklist])),
					glossary: [],
					sources: [],
				})
			).length,
	);
}

/** The flag that makes this script render the livre blanc once, alone, and print its cost. */
const FRESH = '--livre-blanc-fresh';
if (process.argv.includes(FRESH)) {
	console.log(JSON.stringify(await livreBlanc()));
	process.exit(0);
}

// The livre blanc in a new process each time: what a build's worker pays for it.
const fresh = await fastest(
	async () =>
		JSON.parse(execFileSync(process.execPath, [import.meta.filename, FRESH], { encoding: 'utf8' })) as {
			ms: number;
			bytes: number;
		},
);
// A first round warms the fonts and the shaped words, as the first PDF of a build does.
await checklists(2);
await templates(2);
const rows: string[][] = [];
const samples = { checklists: [] as { pages: number; value: number }[], templates: [] as { pages: number; value: number }[] };
/** The fastest of three runs: the least disturbed by the other work of a shared machine. */
async function fastest(run: () => Promise<{ ms: number; bytes: number }>): Promise<{ ms: number; bytes: number }> {
	const runs = [await run(), await run(), await run()];
	return runs.reduce((best, current) => (current.ms < best.ms ? current : best));
}

for (const n of SIZES) {
	const sheets = await fastest(() => checklists(n));
	const files = await fastest(() => templates(n));
	samples.checklists.push({ pages: n, value: sheets.ms });
	samples.templates.push({ pages: n, value: files.ms });
	rows.push([
		String(n),
		`${Math.round(sheets.ms)} ms (${(sheets.ms / n).toFixed(1)} ms each, ${kilobytes(sheets.bytes)})`,
		`${Math.round(files.ms)} ms (${(files.ms / n).toFixed(1)} ms each, ${kilobytes(files.bytes)})`,
	]);
	console.log(`N = ${n}: checklists ${Math.round(sheets.ms)} ms, templates ${Math.round(files.ms)} ms`);
}
// The livre blanc twice: the first pays for shaping its words (as the build does), the second not.
const book = await livreBlanc();
const bookAgain = await livreBlanc();
const growth = (list: { pages: number; value: number }[]) =>
	`${marginalCosts(list)
		.map((step) => `${step.from}→${step.to}: ${step.perPage.toFixed(1)} ms`)
		.join(', ')} · ${growthVerdict(growthFactor(list))}`;

/** What the downloads add to the service worker's precache, read from the last build in dist/. */
function precachedDownloads(): string {
	const dist = join(ROOT, 'dist');
	if (!existsSync(dist)) return 'no build in dist/';
	const extensions = DOWNLOADS.map((pattern) => pattern.replace('**/*', ''));
	const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
		(entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)),
	);
	const bytes = files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
	return `${files.length} files, ${kilobytes(bytes)}`;
}

const section = [
	'## Téléchargements',
	'',
	`Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run bench:downloads\` (scripts/bench/downloads.ts), in one Node process with the build's renderers, after a warm-up (fonts parsed, common words shaped). Times are the fastest of three runs, in CPU time (user + system), so that waiting for a core of the shared machine does not count; they still vary by some tens of percent.`,
	'',
	markdownTable(['N', 'N checklists: PDF sheet + Markdown', 'N templates: Word + Markdown'], rows),
	'',
	markdownTable(
		['figure', 'value'],
		[
			['checklists, cost of each added one', growth(samples.checklists)],
			['templates, cost of each added one', growth(samples.templates)],
			['downloads precached by the service worker (dist/)', precachedDownloads()],
			[
				`livre blanc of the ${readdirSync(join(CONTENT, 'docs/guides')).length} guides (measured boxes included)`,
				`${Math.round(book.ms)} ms (again, words shaped: ${Math.round(bookAgain.ms)} ms), ${kilobytes(book.bytes)}`,
			],
			['the same livre blanc alone in a fresh process, fastest of 3', `${Math.round(fresh.ms)} ms`],
		],
	),
	'',
].join('\n');
console.log(section);
const file = join(ROOT, 'BENCHMARKS.md');
writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'Téléchargements', section));
