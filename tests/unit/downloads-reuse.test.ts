/**
 * The downloads made off the page-rendering path: rendered in worker threads the first time,
 * copied from the cache afterwards, and the same bytes either way (and as rendered in-process,
 * which is what `astro dev` serves). Real workers and real renderers, on a few small documents.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDownloads } from '../../src/lib/downloads/build-downloads.ts';
import { pruneEntries, reuseEntry, UNUSED_LIFETIME_MS } from '../../src/lib/downloads/cache.ts';
import { jobFile, type DownloadJob } from '../../src/lib/downloads/documents.ts';
import { renderDocument } from '../../src/lib/downloads/renderers.ts';
import { temporaryFolders } from '../helpers/temp-folders.ts';
import { checklistInput, checklistJob, templateInput } from '../helpers/download-jobs.ts';

const folder = temporaryFolders('partenaire-downloads');

const JOBS: DownloadJob[] = [
	checklistJob('comite'),
	{ kind: 'checklist-md', params: { id: 'comite' }, input: checklistInput('comite') },
	checklistJob('seminaire', { title: 'Préparer un séminaire' }),
	{ kind: 'template-docx', params: { template: 'modeles/compte-rendu' }, input: templateInput() },
	{ kind: 'template-md', params: { template: 'modeles/compte-rendu' }, input: templateInput() },
];
const FILES = JOBS.map(jobFile);

/** Builds into a new output folder and returns the run with that folder. */
async function build(jobs: readonly DownloadJob[], cacheDir: string, { version = 'v1', workers = 2, outDir = folder() } = {}) {
	const result = await buildDownloads(jobs, { outDir, cacheDir, workers, version });
	return { ...result, outDir, bytes: (file: string) => readFileSync(join(outDir, file)) };
}

// Each cold run starts worker threads, which load the renderers and parse the fonts: seconds on a
// shared machine. One cold run fills a cache that the other cases start from.
describe('downloads built from the cache', { timeout: 60_000 }, () => {
	// Kept for the whole block, unlike each case's folders.
	const kept = mkdtempSync(join(tmpdir(), 'partenaire-downloads-cold-'));
	const cache = join(kept, 'cache');
	let cold: Awaited<ReturnType<typeof build>>;
	beforeAll(async () => {
		cold = await build(JOBS, cache, { outDir: join(kept, 'dist') });
	}, 60_000);
	afterAll(() => rmSync(kept, { recursive: true, force: true }));

	it('renders everything the first time, in the workers, and writes each file at its address', () => {
		expect(cold.rendered.sort()).toEqual([...FILES].sort());
		expect(cold.reused).toBe(0);
		expect(cold.workers).toBe(2);
		for (const file of FILES) expect(statSync(join(cold.outDir, file)).size).toBeGreaterThan(0);
		expect(cold.bytes('checklists/comite.pdf').subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('renders nothing, and starts no worker, when nothing changed; the bytes are the same', async () => {
		const warm = await build(JOBS, cache);
		expect(warm.rendered).toEqual([]);
		expect(warm.workers).toBe(0);
		expect(warm.reused).toBe(JOBS.length);
		for (const file of FILES) expect(warm.bytes(file).equals(cold.bytes(file))).toBe(true);
	});

	it('renders again only the document whose inputs changed', async () => {
		const edited = JOBS.map((job) =>
			jobFile(job) === 'checklists/seminaire.pdf' ? checklistJob('seminaire', { title: 'Un autre séminaire' }) : job,
		);
		const again = await build(edited, cache);
		expect(again.rendered).toEqual(['checklists/seminaire.pdf']);
		expect(again.reused).toBe(JOBS.length - 1);
	});

	it('renders again when the renderer changed', async () => {
		const markdown = JOBS.filter((job) => job.kind === 'checklist-md');
		expect((await build(markdown, cache, { version: 'v2' })).rendered).toEqual(['checklists/comite.md']);
	});

	it('gives the bytes the renderers give in-process (what astro dev serves)', async () => {
		for (const job of JOBS) {
			expect(cold.bytes(jobFile(job)).equals(Buffer.from(await renderDocument(job)))).toBe(true);
		}
	});

	it('lets two builds share one cache at the same time', async () => {
		const shared = folder();
		const jobs = JOBS.filter((job) => job.kind.endsWith('-md'));
		const [a, b] = await Promise.all([build(jobs, shared, { workers: 1 }), build(jobs, shared, { workers: 1 })]);
		for (const file of jobs.map(jobFile)) expect(a.bytes(file).equals(b.bytes(file))).toBe(true);
		expect(readdirSync(shared).filter((name) => name.endsWith('.tmp'))).toEqual([]);
		expect(readdirSync(shared)).toHaveLength(jobs.length);
	});

	it('names the file whose rendering failed', async () => {
		const broken = { ...JOBS[3], input: { ...templateInput(), template: undefined } } as unknown as DownloadJob;
		await expect(build([broken], folder(), { workers: 1 })).rejects.toThrow(/^modeles\/compte-rendu\.docx: /);
	});
});

describe('cache entries', () => {
	it('are deleted once unused for a month, and each reuse counts as a use', async () => {
		const cache = folder();
		for (const name of ['old', 'reused', 'recent']) writeFileSync(join(cache, name), name);
		const monthAgo = new Date(Date.now() - UNUSED_LIFETIME_MS - 60_000);
		utimesSync(join(cache, 'old'), monthAgo, monthAgo);
		utimesSync(join(cache, 'reused'), monthAgo, monthAgo);
		expect(await reuseEntry(cache, 'reused', join(folder(), 'copy'))).toBe(true);
		expect(await pruneEntries(cache)).toBe(1);
		expect(readdirSync(cache).sort()).toEqual(['recent', 'reused']);
	});

	it('is missing rather than an error when absent', async () => {
		const target = join(folder(), 'copy');
		expect(await reuseEntry(folder(), 'absent', target)).toBe(false);
		expect(existsSync(target)).toBe(false);
	});
});
