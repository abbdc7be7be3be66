/**
 * No invented address reaches a reader: the footer shows the contact the site sets, and no
 * contact line when it sets none; the PDFs, the downloads and the pages' addresses for search
 * engines never hold an address on a domain reserved for examples.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { DIST, EXAMPLE_ADDRESS, htmlPages } from '../helpers/dist.ts';
import { readPdf } from '../helpers/pdf.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const site = loadSiteConfig();

const filesOf = (folder: string, extension: string) =>
	readdirSync(join(DIST, folder))
		.filter((name) => name.endsWith(extension))
		.map((name) => join(folder, name));

describe('the footer', () => {
	const pages = htmlPages();

	it.each(pages.map((page) => [page.path, page.html] as const))('%s names the publisher and its contact, if any', (_, html) => {
		const footer = /<div class="site-footer[^"]*">\s*<p[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
		expect(footer).toContain(`Guide publié par ${site.organisation}.`);
		// The contact line is there exactly when the site sets a contact.
		expect(footer.includes('Une question, une erreur à signaler')).toBe(site.contact !== undefined);
		expect(footer).not.toMatch(EXAMPLE_ADDRESS);
	});

	it('says, on every page, what upstream’s site.yaml sets: no contact', () => {
		expect(site.contact).toBeUndefined();
		expect(pages.filter((page) => page.html.includes('mailto:')).map((page) => page.path)).toEqual([]);
	});
});

describe('what search engines read of each page', () => {
	it.each(htmlPages().map((page) => [page.path, page.html] as const))('%s gives no example address', (_, html) => {
		const head = /<head>[\s\S]*<\/head>/.exec(html)?.[0] ?? '';
		expect(head).not.toMatch(EXAMPLE_ADDRESS);
		// No public address, no canonical one: an invented address would send engines elsewhere.
		expect(head.includes('rel="canonical"')).toBe(site.siteUrl !== undefined);
	});
});

describe('the PDFs and the downloads', () => {
	// The livre blanc, read back once, is checked by livre-blanc.test.ts.
	const pdfs = filesOf('checklists', '.pdf');
	const texts = [...filesOf('checklists', '.md'), ...filesOf('modeles', '.md')];
	const words = filesOf('modeles', '.docx');

	it('are all read', () => {
		expect(pdfs.length).toBeGreaterThan(10);
		expect(texts.length).toBeGreaterThan(10);
		expect(words.length).toBeGreaterThan(5);
	});

	it.each(pdfs)('%s prints no example address', async (file) => {
		const { text } = await readPdf(new Uint8Array(readFileSync(join(DIST, file))));
		expect(text).toContain(site.organisation);
		expect(text).not.toMatch(EXAMPLE_ADDRESS);
	});

	it.each(texts)('%s holds no example address', (file) => {
		expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(EXAMPLE_ADDRESS);
	});

	it.each(words)('%s holds no example address, in its text or its properties', (file) => {
		const parts = unzipSync(new Uint8Array(readFileSync(join(DIST, file))));
		const xml = Object.entries(parts)
			.filter(([name]) => name.endsWith('.xml'))
			.map(([, bytes]) => new TextDecoder().decode(bytes))
			.join('\n');
		expect(xml).toContain(site.organisation);
		expect(xml).not.toMatch(EXAMPLE_ADDRESS);
	});
});
