/**
 * A download's cache key: the same for the same inputs and code, different as soon as one input,
 * one of the renderer's modules or one of its packages changes; and where the cache lives.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentKey, rendererSources, rendererVersion } from '../../src/lib/downloads/cache-key.ts';
import { CACHE_ENV, downloadsCacheDir } from '../../src/lib/downloads/cache.ts';
import { RENDER_WORKER } from '../../src/lib/downloads/build-downloads.ts';
import { jobFile, livreBlancUrl, type DownloadJob } from '../../src/lib/downloads/documents.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';
import { checklistUrls } from '../../src/lib/checklists/urls.ts';
import { templateUrls } from '../../src/lib/templates/template-files.ts';
import { checklistInput, checklistJob } from '../helpers/download-jobs.ts';

const folder = temporaryFolders('partenaire-key');

function write(dir: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

describe('document key', () => {
	const job = checklistJob('essai');

	it('is the same for equal inputs, however they were built', () => {
		const copy = JSON.parse(JSON.stringify(job)) as DownloadJob;
		expect(documentKey(copy, 'v1')).toBe(documentKey(job, 'v1'));
	});

	it('changes with any input, the parameters, the kind or the renderer’s version', () => {
		const keys = [
			documentKey(job, 'v1'),
			documentKey(checklistJob('essai', { title: 'Autre titre' }), 'v1'),
			documentKey(checklistJob('essai', { accentColor: '#b3261e' }), 'v1'),
			documentKey({ ...job, params: { id: 'autre' } }, 'v1'),
			documentKey({ kind: 'checklist-md', params: job.params, input: checklistInput('essai') }, 'v1'),
			documentKey(job, 'v2'),
		];
		expect(new Set(keys).size).toBe(keys.length);
	});
});

describe('renderer version', () => {
	function project(): string {
		const dir = folder();
		write(dir, {
			'src/entry.ts': "import { draw } from './draw.ts';\nimport type { Shape } from './types.ts';\nexport const run = draw;\n",
			'src/draw.ts': "import PDFDocument from 'fake-pdf';\nexport function draw() { return new PDFDocument(); }\n",
			'src/types.ts': 'export type Shape = { side: number };\n',
			'src/unrelated.ts': 'export const other = 1;\n',
			'node_modules/fake-pdf/package.json': JSON.stringify({ version: '1.0.0', dependencies: { 'fake-font': '^2.0.0' } }),
			'node_modules/fake-font/package.json': JSON.stringify({ version: '2.0.0' }),
		});
		return dir;
	}
	const entry = (dir: string) => pathToFileURL(join(dir, 'src/entry.ts'));

	it('is stable while nothing changes', () => {
		const dir = project();
		expect(rendererVersion(entry(dir))).toBe(rendererVersion(entry(dir)));
	});

	it('is the same for a copy of the project in another folder', () => {
		expect(rendererVersion(entry(project()))).toBe(rendererVersion(entry(project())));
	});

	it('changes when a module the entry imports changes', () => {
		const dir = project();
		const before = rendererVersion(entry(dir));
		write(dir, {
			'src/draw.ts': "import PDFDocument from 'fake-pdf';\nexport function draw() { return new PDFDocument({}); }\n",
		});
		expect(rendererVersion(entry(dir))).not.toBe(before);
	});

	it('changes when a package, or a dependency of that package, changes version', () => {
		const dir = project();
		const before = rendererVersion(entry(dir));
		write(dir, { 'node_modules/fake-font/package.json': JSON.stringify({ version: '2.0.1' }) });
		expect(rendererVersion(entry(dir))).not.toBe(before);
	});

	it('ignores files the renderer does not run: unrelated modules, imports of types only', () => {
		const dir = project();
		const before = rendererVersion(entry(dir));
		write(dir, { 'src/unrelated.ts': 'export const other = 2;\n', 'src/types.ts': 'export type Shape = { side: string };\n' });
		expect(rendererVersion(entry(dir))).toBe(before);
	});

	it('covers the real renderers, their fonts’ package and the packages inside pdfkit', () => {
		const { files, packages } = rendererSources(RENDER_WORKER);
		const paths = [...files.keys()].map((file) => file.slice(file.indexOf('/src/lib/') + 1));
		for (const module of [
			'src/lib/downloads/renderers.ts',
			'src/lib/pdf/checklist-pdf.ts',
			'src/lib/pdf/livre-blanc.ts',
			'src/lib/pdf/fonts.ts',
			'src/lib/templates/template-docx.ts',
			'src/lib/checklists/markdown.ts',
		]) {
			expect(paths).toContain(module);
		}
		const names = packages.map((version) => version.slice(0, version.lastIndexOf('@')));
		for (const name of ['pdfkit', 'fontkit', 'svg-to-pdfkit', 'docx', 'fflate', '@expo-google-fonts/inter']) {
			expect(names).toContain(name);
		}
		// The MDX parser reads the pages in the build's process; the workers never load it.
		expect(paths).not.toContain('src/lib/pdf/mdast-blocks.ts');
	});
});

describe('files and folders', () => {
	it('writes each download where the pages link to it', () => {
		expect(`/${jobFile(checklistJob('essai'))}`).toBe(checklistUrls('essai', '/').pdf);
		expect(`/${jobFile({ kind: 'checklist-md', params: { id: 'essai' } })}`).toBe(checklistUrls('essai', '/').markdown);
		expect(`/${jobFile({ kind: 'livre-blanc', params: {} })}`).toBe(livreBlancUrl('/'));
		expect(`/${jobFile({ kind: 'template-docx', params: { template: 'modeles/compte-rendu' } })}`).toBe(
			templateUrls('modeles/compte-rendu', '/').docx,
		);
	});

	it('keeps the cache in the node_modules the project’s packages come from, which copies share', () => {
		const dir = folder();
		write(dir, {
			'node_modules/astro/package.json': '{}',
			'copies/entreprise/package.json': '{}',
			// Vite's and Astro's caches in the copy: not where its packages come from.
			'copies/entreprise/node_modules/.astro/data-store.json': '{}',
		});
		const expected = join(dir, 'node_modules/.cache/partenaire/downloads');
		expect(downloadsCacheDir(dir, {})).toBe(expected);
		expect(downloadsCacheDir(join(dir, 'copies/entreprise'), {})).toBe(expected);
	});

	it(`uses the folder ${CACHE_ENV} names, relative to the project`, () => {
		const dir = folder();
		expect(downloadsCacheDir(dir, { [CACHE_ENV]: 'cache-froid' })).toBe(join(dir, 'cache-froid'));
	});
});
