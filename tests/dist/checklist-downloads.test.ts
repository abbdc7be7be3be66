/** Each checklist's PDF and Markdown file, read back and compared with its YAML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { checklists, guideTitles } from '../helpers/content.ts';
import { expectTaggedFrench, readPdf, spacesAsPdfJsReadsThem, unicodeMappedCharacters } from '../helpers/pdf.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { NBSP, NNBSP } from '../../src/lib/typography/french.ts';
import { absoluteAddress } from '../../src/lib/site-address.ts';

const site = loadSiteConfig();
const guides = guideTitles();
/** The page's address when the site has a public one; none, and no address printed, otherwise. */
const pageAddress = (id: string) => absoluteAddress(`${site.basePath}checklists/${id}/`, site.siteUrl);

describe.each(checklists())('checklist $id', (checklist) => {
	const pdf = new Uint8Array(readFileSync(join(DIST, 'checklists', `${checklist.id}.pdf`)));

	it('PDF reads back as its YAML, accents and typography included', async () => {
		const { text, info, pages } = await readPdf(pdf);
		const expected = [
			checklist.title,
			checklist.summary,
			`Guide${NBSP}: ${guides.get(checklist.guide.id)}`,
			`Version ${checklist.version}`,
			...checklist.items.flatMap((item) => [item.label, ...(item.help ? [item.help] : [])]),
			pageAddress(checklist.id) ? `${site.organisation} · ${pageAddress(checklist.id)}` : site.organisation,
		];
		const missing = expected.map(spacesAsPdfJsReadsThem).filter((line) => !text.includes(line));
		expect(missing).toEqual([]);
		// Items in their YAML order.
		const positions = checklist.items.map((item) => text.indexOf(spacesAsPdfJsReadsThem(item.label)));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(info['Title']).toBe(checklist.title);
		expect(info['Author']).toBe(site.organisation);
		if (checklist.items.length <= 12) expect(pages).toBe(1);
	});

	it('PDF is tagged, in French', () => {
		expectTaggedFrench(pdf);
	});

	it('PDF writes the no-break spaces of French typography as such', () => {
		// Every sheet has « Guide : » (U+00A0); the narrow one only where the YAML has « ; ! ? » or « ».
		const written = JSON.stringify(checklist);
		const mapped = unicodeMappedCharacters(pdf);
		expect(mapped.has(NBSP)).toBe(true);
		expect(mapped.has(NNBSP)).toBe(written.includes(NNBSP));
	});

	it('Markdown file is a task list with the title and where it comes from', () => {
		const markdown = readFileSync(join(DIST, 'checklists', `${checklist.id}.md`), 'utf8');
		expect(markdown.split('\n')[0]).toBe(`# ${checklist.title}`);
		const tasks = markdown.split('\n').filter((line) => line.startsWith('- [ ] '));
		expect(tasks).toHaveLength(checklist.items.length);
		const source = markdown.split('\n').find((line) => line.startsWith('Source'));
		const address = pageAddress(checklist.id);
		expect(source).toContain(address ? `[${checklist.title}](${address})` : `${checklist.title}, version`);
	});
});
