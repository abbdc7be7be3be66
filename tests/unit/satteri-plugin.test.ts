import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { frenchTypographyPlugin } from '../../src/lib/typography/satteri-plugin.ts';
import { NBSP, NNBSP } from '../../src/lib/typography/french.ts';

async function render(markdown: string): Promise<string> {
	const result = await markdownToHtml(markdown, {
		features: { smartPunctuation: { quotes: false } },
		hastPlugins: [frenchTypographyPlugin()],
	});
	return result.html;
}

describe('the French typography step of the Markdown pipeline', () => {
	it('pairs quotes across inline elements', async () => {
		const html = await render('Elle a dit "voir *ce point*" hier.');
		expect(html).toContain(`«${NNBSP}voir <em>ce point</em>${NNBSP}»`);
	});

	it('leaves inline code, code blocks and keyboard input untouched', async () => {
		const html = await render('Tapez `"a" : b` puis :\n\n```\nx = "y" ; z ?\n```\n\nEt <kbd>Ctrl:"c"</kbd>.');
		expect(html).toContain('<code>"a" : b</code>');
		expect(html).toContain('x = "y" ; z ?');
		expect(html).toContain(`puis${NBSP}:`);
	});

	it('leaves link targets untouched and typographs link text', async () => {
		const html = await render('[Le guide : "confiance"](/guides/a?b=1:2)');
		expect(html).toContain('href="/guides/a?b=1:2"');
		expect(html).toContain(`Le guide${NBSP}: «${NNBSP}confiance${NNBSP}»`);
	});

	it('starts quote context afresh in each block', async () => {
		const html = await render('Un titre\n\n"Citation" en tête de paragraphe.');
		expect(html).toContain(`<p>«${NNBSP}Citation${NNBSP}» en tête`);
	});
});

describe('the French typography step on MDX components', () => {
	it('typographs the prose props of known components and nothing else', async () => {
		const { mdxToJs } = await import('satteri');
		const result = await mdxToJs(
			'<LinkCard title="Le guide : « confiance »" description="Pourquoi ?" href="/a?b:c" />\n\nTexte.',
			{
				hastPlugins: [frenchTypographyPlugin()],
			},
		);
		// The generated JavaScript escapes the no-break space as \xA0.
		const code = result.code.replaceAll('\\xA0', NBSP);
		expect(code).toContain(`Le guide${NBSP}: «${NNBSP}confiance${NNBSP}»`);
		expect(code).toContain(`Pourquoi${NNBSP}?`);
		expect(code).toContain('/a?b:c');
	});
});
