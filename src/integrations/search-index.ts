/**
 * The site's one Pagefind pass (Starlight's own is turned off in `astro.config.mjs`), and the
 * vocabulary that typo correction reads.
 *
 * Pagefind reads a copy of each page prepared for it (`src/lib/search/index-html.ts`: elisions
 * split, blocks spaced, search-only words first), written to a temporary folder, and writes
 * `pagefind/` into the build. The home page and the 404 page are not indexed: they only point to
 * other pages. The vocabulary is then read back from the index itself, the readers' pages only,
 * and written beside it as `pagefind/vocabulaire.json`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { HIDDEN_WORDS_META } from '../lib/search/excerpt.ts';
import { SCOPE } from '../lib/search/scope.ts';
import { prepareForIndex } from '../lib/search/index-html.ts';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search/vocabulary.ts';

/** Pages of `dist/` that are never results. */
const NOT_INDEXED = new Set(['index.html', '404.html']);

/** A page as Pagefind stores it in a fragment file. */
interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

export function searchIndex(): AstroIntegration {
	return {
		name: 'partenaire:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const output = join(outDir, 'pagefind');
				rmSync(output, { recursive: true, force: true });
				const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
					(path) => path.endsWith('.html') && !NOT_INDEXED.has(path) && !path.startsWith(`pagefind${sep}`),
				);
				// Pagefind reads a folder of copies in parallel, much faster than the same pages handed
				// over one by one (3.9 s against about 1.5 s for 837 pages).
				const staging = mkdtempSync(join(tmpdir(), 'partenaire-index-'));
				try {
					for (const page of pages) {
						mkdirSync(dirname(join(staging, page)), { recursive: true });
						writeFileSync(join(staging, page), prepareForIndex(readFileSync(join(outDir, page), 'utf8')));
					}
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: staging });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					const fragments = readFragments(join(output, 'fragment'));
					checkHiddenWords(fragments);
					const readers = fragments.filter((page) => page.filters[SCOPE.filter]?.includes(SCOPE.default));
					const vocabulary = buildVocabulary(readers.map((page) => page.content));
					writeFileSync(join(output, VOCABULARY_FILE), JSON.stringify(vocabulary));
					logger.info(
						`Search index of ${added.page_count} pages and a vocabulary of ${vocabulary.words.length} words in ${Math.round(performance.now() - started)} ms.`,
					);
				} catch (cause) {
					throw new Error('Failed to build the search index.', { cause });
				} finally {
					await pagefind.close();
					rmSync(staging, { recursive: true, force: true });
				}
			},
		},
	};
}

/** Pagefind's fragment files: gzip of a signature followed by the page's JSON. */
function readFragments(folder: string): Fragment[] {
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});
}

/**
 * Excerpts skip a page's first `motsRecherche` words: if Pagefind ever counted them otherwise, an
 * excerpt would show keywords or cut the prose. Checked here rather than trusted.
 */
function checkHiddenWords(fragments: Fragment[]): void {
	for (const page of fragments) {
		const count = Number(page.meta[HIDDEN_WORDS_META] ?? 0);
		if (!count) continue;
		const words = page.content.split(/\s+/).filter((word) => word.length > 0);
		if (words.length < count) {
			throw new Error(`${page.url}: ${count} search-only words announced, ${words.length} in the whole page.`);
		}
	}
}
