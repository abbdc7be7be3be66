/**
 * The error catalogue has no orphan: every slug of src/lib/contributor-errors.ts has its page, the
 * title of the page is the slug's title, every page is a slug, and the code prints every slug.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/front-matter.ts';
import { ERROR_SLUGS, type ErrorSlug } from '../../src/lib/contributor-errors.ts';

const ROOT = join(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'content/docs/contribuer/erreurs');
const SLUGS = Object.keys(ERROR_SLUGS) as ErrorSlug[];

/** Every source file of src/ but the list of slugs itself. */
function sourceCode(): string {
	return readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(ts|astro)$/.test(name) && !name.endsWith('contributor-errors.ts'))
		.map((name) => readFileSync(join(ROOT, 'src', name), 'utf8'))
		.join('\n');
}

describe('error catalogue', () => {
	it('has one page per slug and one slug per page', () => {
		const pages = readdirSync(PAGES)
			.filter((name) => name !== 'index.mdx')
			.map((name) => name.replace(/\.mdx$/, ''));
		expect(pages.sort()).toEqual([...SLUGS].sort());
	});

	it.each(SLUGS)('%s: its page has the title of the slug, a wrong and a right example', (slug) => {
		const text = readFileSync(join(PAGES, `${slug}.mdx`), 'utf8');
		expect(readFrontMatter(text).title).toBe(ERROR_SLUGS[slug]);
		expect(text).toMatch(/## Exemple fautif\n\n```\w+[^\n]*\n[^]+?```\n\n## Correction\n\n```\w+[^\n]*\n[^]+?```/);
	});

	it.each(SLUGS)('%s: the code prints it', (slug) => {
		expect(sourceCode()).toContain(`'${slug}'`);
	});
});
