/** A template's Word and Markdown files, made from made-up templates (not the content's prose). */
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { mdxTemplates } from '../../src/lib/pdf/mdast-blocks.ts';
import { pageTemplate, templateMarkdown, templateUrls } from '../../src/lib/templates/template-files.ts';
import { templateDocx, type TemplateFile } from '../../src/lib/templates/template-docx.ts';

const source = `import Template from '~/components/Template.astro';

<Template title="Ordre du jour">

### Point du [jour]

1. Les priorités
2. Les **risques**
   - un risque
   - un autre

| Sujet | Qui |
|---|---|
| Budget | [Prénom] |

</Template>
`;

const file = (): TemplateFile => ({
	template: pageTemplate(mdxTemplates(source), 'Page'),
	description: 'Un ordre du jour.',
	organisation: 'Groupe Exemplaire',
	accentColor: '#b3261e',
	pageAddress: 'https://intranet.example/modeles/ordre/',
	date: new Date('2026-11-23T00:00:00Z'),
});

describe('template as a Word file', () => {
	it('holds the title, the headings one level under it, numbered and nested lists, the table', async () => {
		const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await templateDocx(file())) });
		expect(html).toContain('<h1>Ordre du jour</h1>');
		expect(html).toContain('<h2>Point du [jour]</h2>');
		expect(html).toMatch(
			/<ol><li>Les priorités<\/li><li>Les <strong>risques<\/strong><ul><li>un risque<\/li><li>un autre<\/li><\/ul><\/li><\/ol>/,
		);
		expect(html).toMatch(/<table>.*Budget.*\[Prénom\].*<\/table>/);
	});

	it('is the same file byte for byte whenever it is built', async () => {
		const first = await templateDocx(file());
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(await templateDocx(file())).toEqual(first);
	});
});

describe('template as a Markdown file', () => {
	it('is the template as written, under its title, with its source', () => {
		const markdown = templateMarkdown(file().template, {
			title: 'Page',
			address: 'https://intranet.example/modeles/ordre/',
			organisation: 'ACME',
		});
		expect(markdown.split('\n').slice(0, 3)).toEqual(['# Ordre du jour', '', '### Point du [jour]']);
		expect(markdown).toContain('| Budget | [Prénom] |');
		expect(markdown).toContain('](https://intranet.example/modeles/ordre/)');
	});

	it('names its page without a link when the site has no public address', () => {
		const markdown = templateMarkdown(file().template, { title: 'Page', address: undefined, organisation: 'ACME' });
		expect(markdown).toContain(`Source\u00a0: Page (ACME).`);
	});

	it('lives beside its page, under the base path', () => {
		expect(templateUrls('modeles/ordre', '/guide-assistants/')).toEqual({
			docx: '/guide-assistants/modeles/ordre.docx',
			markdown: '/guide-assistants/modeles/ordre.md',
		});
	});
});
