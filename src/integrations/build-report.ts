/**
 * A quiet, French build: Rolldown's warning about the `"use astro:head-inject"` directive is turned
 * off (Astro itself writes that directive into every MDX page's asset module as a marker that it
 * reads back; Rolldown warns that bundling may drop module-level directives, which Astro expects,
 * so each warning is noise), and the build ends with one summary of what it made.
 *
 * Placed last among the integrations, so that its summary follows the search index, the server
 * configuration and the service worker.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precachedUrls } from '../lib/offline/workbox-config.ts';
import { WORKER_FILE } from '../lib/offline/worker-file.ts';

export interface BuildSummary {
	pages: number;
	pdfs: number;
	searchPages: number;
	precached: number;
	precacheBytes: number;
	/** Whether a sitemap was written: only for a site with a public address (`siteUrl`). */
	sitemap: boolean;
}

/** Counts what a built folder holds: pages, PDFs, pages in the search index, files precached by sw.js. */
export function summarise(dist: string): BuildSummary {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
	const entry = join(dist, 'pagefind/pagefind-entry.json');
	const languages = existsSync(entry)
		? (JSON.parse(readFileSync(entry, 'utf8')) as { languages?: Record<string, { page_count?: number }> }).languages
		: undefined;
	const sw = join(dist, WORKER_FILE);
	const precached = existsSync(sw) ? precachedUrls(readFileSync(sw, 'utf8')) : [];
	const precacheBytes = precached.reduce((sum, url) => {
		const path = join(dist, decodeURI(url));
		return sum + (existsSync(path) && statSync(path).isFile() ? statSync(path).size : 0);
	}, 0);
	return {
		pages: files.filter((file) => file.endsWith('.html')).length,
		pdfs: files.filter((file) => file.endsWith('.pdf')).length,
		searchPages: Object.values(languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0),
		precached: precached.length,
		precacheBytes,
		sitemap: existsSync(join(dist, 'sitemap-index.xml')),
	};
}

export function formatSummary(summary: BuildSummary, seconds: number): string {
	const n = (value: number) => value.toLocaleString('fr-FR');
	return [
		`Site construit en ${seconds.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s :`,
		`  ${n(summary.pages)} pages HTML, ${n(summary.pdfs)} PDF,`,
		`  ${n(summary.searchPages)} pages dans l’index de recherche,`,
		`  ${n(summary.precached)} fichiers mis en cache hors ligne (${n(Math.round(summary.precacheBytes / 1024))} ko).`,
		// The sitemap integration's own warning, in English, says only that it skipped.
		...(summary.sitemap ? [] : ['  Pas de plan du site ni d’adresse canonique : le site n’a pas d’adresse publique (siteUrl).']),
	].join('\n');
}

export function buildReport(): AstroIntegration {
	const started = performance.now();
	return {
		name: 'partenaire:build-report',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } } });
			},
			'astro:build:done': ({ dir, logger }) => {
				logger.info(`\n${formatSummary(summarise(fileURLToPath(dir)), (performance.now() - started) / 1000)}`);
			},
		},
	};
}
