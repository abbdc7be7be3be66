/**
 * The benchmark's two projects for a size N, written under `.bench/` inside the repository so
 * that their packages resolve from its node_modules:
 * - `ours-N`: this project (src/, content/, config) plus N generated guides in the company's own
 *   folder (content/docs/interne/) with two checklists each, and its downloads' cache emptied;
 * - `plain-N`: a plain Starlight project (astro + @astrojs/starlight, default configuration) with
 *   the same pages as Markdown, checklists as task lists.
 * With N = 0 they hold the real content only: those are the builds whose pages are weighed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
	BENCH_FOLDER,
	folderIndex,
	generateGuide,
	oursChecklistYaml,
	oursGuideMdx,
	plainGuideMarkdown,
	markdownChecklist,
} from './lib/generate-guides.ts';
import { plainMarkdown, type PlainChecklist } from './lib/plain-markdown.ts';
import { readFrontMatter } from '../../src/lib/front-matter.ts';

import { copyProject, PROJECT_ROOT as ROOT, TEST_BUILDS } from '../lib/project-copy.ts';

export { ROOT };
export const BENCH_DIR = join(ROOT, '.bench');
/**
 * The guide a rebuild edits, in each project: a guide of the livre blanc, so that ours makes that
 * book again (its worst case); not the guide whose page the benchmark weighs.
 */
export const EDITED_GUIDE = {
	ours: 'content/docs/guides/posture-partenaire.mdx',
	plain: 'src/content/docs/guides/posture-partenaire.md',
};
/** The downloads' cache of ours-N, emptied with the project so that its first build is cold. */
export function downloadsCache(pages: number): string {
	return join(BENCH_DIR, `downloads-cache-${pages}`);
}
/** Plain Starlight with the real content, built by every test run for the weight budgets. */
export const PLAIN_STARLIGHT_DIR = join(TEST_BUILDS, 'starlight-seul');

function write(file: string, text: string): void {
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, text);
}

export function oursProject(pages: number): string {
	rmSync(downloadsCache(pages), { recursive: true, force: true });
	const dir = copyProject(join(BENCH_DIR, `ours-${pages}`), { content: true });
	if (pages > 0) {
		write(join(dir, 'content/docs', BENCH_FOLDER, 'index.mdx'), folderIndex(pages, 'mdx'));
		for (let index = 0; index < pages; index++) {
			const guide = generateGuide(index);
			write(join(dir, 'content/docs', BENCH_FOLDER, `${guide.name}.mdx`), oursGuideMdx(guide));
			for (const list of guide.checklists)
				write(join(dir, 'content/checklists', `${list.id}.yaml`), oursChecklistYaml(guide, list));
		}
	}
	return dir;
}

function realChecklists(): Map<string, PlainChecklist & { guide: string }> {
	const dir = join(ROOT, 'content/checklists');
	return new Map(
		readdirSync(dir)
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => [
				name.replace(/\.yaml$/, ''),
				parse(readFileSync(join(dir, name), 'utf8')) as PlainChecklist & { guide: string },
			]),
	);
}

/** The guides as `<GuideList />` shows them, in reading order, as a Markdown list. */
function guideList(): string {
	const dir = join(ROOT, 'content/docs/guides');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => {
			const data = readFrontMatter(readFileSync(join(dir, name), 'utf8')) as {
				title: string;
				description?: string;
				sidebar?: { order?: number };
			};
			return { slug: name.replace(/\.mdx$/, ''), ...data };
		})
		.sort((a, b) => (a.sidebar?.order ?? 99) - (b.sidebar?.order ?? 99))
		.map((guide, index) => `${index + 1}. [${guide.title}](/guides/${guide.slug}/) : ${guide.description ?? ''}`)
		.join('\n');
}

/** Starlight's defaults, in French as ours is (the locale changes its interface strings and so its bytes). */
const PLAIN_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	trailingSlash: 'always',
	integrations: [starlight({ title: 'Partenaire', defaultLocale: 'root', locales: { root: { label: 'Français', lang: 'fr' } } })],
});
`;
const PLAIN_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Writes the plain project for N pages in `dir` (default `.bench/plain-N/`) and returns `dir`. */
export function plainProject(pages: number, dir = join(BENCH_DIR, `plain-${pages}`)): string {
	rmSync(dir, { recursive: true, force: true });
	// Astro finds the packages to bundle (Starlight, whose modules import `astro:*`) from the
	// dependencies of package.json: without them the build fails on `astro:content`.
	const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
	};
	const plainPackage = {
		name: 'plain-starlight',
		private: true,
		type: 'module',
		dependencies: { astro: dependencies['astro'], '@astrojs/starlight': dependencies['@astrojs/starlight'] },
	};
	write(join(dir, 'package.json'), `${JSON.stringify(plainPackage, null, 2)}\n`);
	write(join(dir, 'astro.config.mjs'), PLAIN_CONFIG);
	write(join(dir, 'src/content.config.ts'), PLAIN_CONTENT_CONFIG);
	const docs = join(dir, 'src/content/docs');
	const checklists = realChecklists();
	const context = { checklists, guideList: guideList() };
	const source = join(ROOT, 'content/docs');
	for (const name of readdirSync(source, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(name)) continue;
		write(join(docs, name.replace(/\.mdx$/, '.md')), plainMarkdown(readFileSync(join(source, name), 'utf8'), context));
	}
	// Our checklist pages (/checklists/<id>/) as plain pages: the checklist and a link to its guide.
	for (const [id, list] of checklists) {
		const guideLink = `[Lire le guide](/${list.guide}/)`;
		write(
			join(docs, 'checklists', `${id}.md`),
			`---\ntitle: ${JSON.stringify(list.title)}\n---\n\n${markdownChecklist({ ...list, title: 'Actions' }, 2)}\n\n${guideLink}\n`,
		);
	}
	if (pages > 0) {
		write(join(docs, BENCH_FOLDER, 'index.md'), folderIndex(pages, 'md'));
		for (let index = 0; index < pages; index++) {
			const guide = generateGuide(index);
			write(join(docs, BENCH_FOLDER, `${guide.name}.md`), plainGuideMarkdown(guide));
		}
	}
	return dir;
}
