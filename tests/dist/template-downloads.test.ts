/**
 * Each template page's Word and Markdown files, opened back: the .docx with mammoth (as Word would
 * show its text), the .md as text, both compared with the template's text on the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { parse } from 'parse5';
import { DIST } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { absoluteAddress } from '../../src/lib/site-address.ts';

const site = loadSiteConfig();
const MODELES = join(PROJECT_ROOT, 'content/docs/modeles');
const templatePages = readdirSync(MODELES)
	.filter((name) => name.endsWith('.mdx') && /^type: template$/m.test(readFileSync(join(MODELES, name), 'utf8')))
	.map((name) => name.replace(/\.mdx$/, ''));

interface Element {
	nodeName: string;
	value?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Element[];
}

function find(node: Element, test: (node: Element) => boolean): Element | undefined {
	if (test(node)) return node;
	for (const child of node.childNodes ?? []) {
		const found = find(child, test);
		if (found) return found;
	}
	return undefined;
}

/** Text as a reader sees it: without the heading anchors' hidden « Section intitulée … ». */
function textOf(node: Element): string {
	if (node.attrs?.some((attr) => attr.name === 'class' && attr.value.includes('sl-anchor-link'))) return '';
	return node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(' ');
}

/** Words of a text, spaces of every kind and punctuation spacing aside, for comparisons. */
const words = (text: string) =>
	text
		.replace(/[\u00A0\u202F]/g, ' ')
		.split(/[\s|*#>`\\_-]+/)
		.filter((word) => /[\p{L}\d]/u.test(word));

/** The template's text on its page: the body of `[data-template-body]`. */
function pageTemplateWords(slug: string): string[] {
	const html = readFileSync(join(DIST, 'modeles', slug, 'index.html'), 'utf8');
	const body = find(
		parse(html) as unknown as Element,
		(node) => !!node.attrs?.some((attr) => attr.name === 'data-template-body'),
	);
	if (!body) throw new Error(`${slug}: no [data-template-body] on the page`);
	return words(textOf(body));
}

describe('template downloads', () => {
	it('exist for every template page', () => {
		expect(templatePages.length).toBeGreaterThan(0);
	});

	describe.each(templatePages)('%s', (slug) => {
		const expected = pageTemplateWords(slug);

		it('offers the two files and the copy button on its page', () => {
			const html = readFileSync(join(DIST, 'modeles', slug, 'index.html'), 'utf8');
			expect(html).toContain(`href="${site.basePath}modeles/${slug}.docx"`);
			expect(html).toContain(`href="${site.basePath}modeles/${slug}.md"`);
			expect(html).toContain('Copier le modèle');
		});

		it('.docx opens and holds the template’s text, with headings, lists and the site’s name', async () => {
			const buffer = readFileSync(join(DIST, 'modeles', `${slug}.docx`));
			const { value: text } = await mammoth.extractRawText({ buffer });
			const read = words(text);
			expect(expected.filter((word) => !read.includes(word))).toEqual([]);
			const { value: html } = await mammoth.convertToHtml({ buffer });
			expect(html).toMatch(/<h1>/);
			expect(buffer.toString('latin1')).toContain('word/footer');
			const footer = (await import('fflate')).unzipSync(new Uint8Array(buffer));
			const footerXml = Object.entries(footer).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1];
			expect(new TextDecoder().decode(footerXml)).toContain(site.organisation);
		});

		it('.md holds the template’s text under its title', () => {
			const markdown = readFileSync(join(DIST, 'modeles', `${slug}.md`), 'utf8');
			expect(markdown.startsWith('# ')).toBe(true);
			const read = words(markdown);
			expect(expected.filter((word) => !read.includes(word))).toEqual([]);
			const address = absoluteAddress(`${site.basePath}modeles/${slug}/`, site.siteUrl);
			const source = markdown.split('\n').find((line) => line.startsWith('Source'));
			// A link to the page when the site has a public address; the page's title alone otherwise.
			if (address) expect(source).toContain(`](${address})`);
			else expect(source).not.toContain('](');
		});
	});
});
