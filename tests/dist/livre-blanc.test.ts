/** The livre blanc holds the whole guide: every guide, checklist, glossary term and source. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, EXAMPLE_ADDRESS } from '../helpers/dist.ts';
import { checklists, glossaryTerms, guideTitles, sourceTitles } from '../helpers/content.ts';
import {
	expectTaggedFrench,
	readPdf,
	spacesAsPdfJsReadsThem,
	unicodeMappedCharacters,
	type PdfReadBack,
} from '../helpers/pdf.ts';
import { frenchTypography, NBSP, NNBSP } from '../../src/lib/typography/french.ts';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const bytes = new Uint8Array(readFileSync(join(DIST, 'livre-blanc.pdf')));
let book: PdfReadBack;
/** Whether the book holds `text`, as pdf.js reads no-break spaces. */
const holds = (text: string) => book.text.includes(spacesAsPdfJsReadsThem(text));
beforeAll(async () => {
	book = await readPdf(bytes);
});

/**
 * The guides in the order the assistant path shows them to readers: its page's links, as built
 * (read from dist/, not from the code that orders the book, so that a drift of either shows).
 */
function pathOrder(): string[] {
	const html = readFileSync(join(DIST, 'parcours/assistant/index.html'), 'utf8');
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	const slugs = [...main.matchAll(/href="[^"]*\/guides\/([a-z0-9-]+)\/"/g)].map((match) => match[1] as string);
	return [...new Set(slugs)];
}

describe('livre blanc', () => {
	it('opens with the organisation name and is tagged, in French', () => {
		expect(book.text.startsWith(`${loadSiteConfig().organisation} Le livre blanc`)).toBe(true);
		expectTaggedFrench(bytes);
	});

	it('prints the site’s public address when it has one, never an example address', () => {
		const { siteUrl, basePath } = loadSiteConfig();
		expect(book.text).not.toMatch(EXAMPLE_ADDRESS);
		expect(siteUrl === undefined || book.text.includes(new URL(basePath, siteUrl).href)).toBe(true);
	});

	it('has every guide, in the order of the assistant path, each with a bookmark', () => {
		const titles = guideTitles();
		const ordered = pathOrder().map((slug) => titles.get(`guides/${slug}`) ?? slug);
		const read = ordered.map(spacesAsPdfJsReadsThem);
		expect(ordered).toHaveLength(titles.size);
		// Every title is printed; the bookmarks, one per chapter, give the chapters' order (a title
		// also appears inside other guides, in their links to it, so text positions cannot).
		expect(read.filter((title) => !book.text.includes(title))).toEqual([]);
		expect(book.outline.filter((entry) => ordered.includes(entry))).toEqual(ordered);
	});

	it('has a bookmark for the sections of the guides, the glossary and the sources', () => {
		// Each guide's `##` headings, read from its source (the prose changes, the rule does not).
		const sections = [...guideTitles().keys()].flatMap((id) =>
			[...readFileSync(join(PROJECT_ROOT, 'content/docs', `${id}.mdx`), 'utf8').matchAll(/^## (.+)$/gm)].map((match) =>
				frenchTypography((match[1] ?? '').replace(/[*_`]/g, '')),
			),
		);
		expect(sections.length).toBeGreaterThan(guideTitles().size);
		expect(sections.filter((section) => !book.outline.includes(section))).toEqual([]);
		expect(book.outline).toContain('Glossaire');
		expect(book.outline).toContain('Sources');
	});

	it('prints every checklist with all its items', () => {
		const missing = checklists().flatMap((checklist) =>
			[checklist.title, ...checklist.items.map((item) => item.label)].filter((text) => !holds(text)),
		);
		expect(missing).toEqual([]);
	});

	it('has every glossary term and every source', () => {
		expect(glossaryTerms().filter((term) => !holds(term))).toEqual([]);
		expect(sourceTitles().filter((title) => !holds(title))).toEqual([]);
	});

	it('writes the no-break spaces of French typography as such', () => {
		const mapped = unicodeMappedCharacters(bytes);
		expect(mapped.has(NBSP) && mapped.has(NNBSP)).toBe(true);
	});

	it('numbers its pages', () => {
		expect(book.text).toContain(`page 2 sur ${book.pages}`);
		expect(book.text).toContain(`page ${book.pages} sur ${book.pages}`);
	});
});
