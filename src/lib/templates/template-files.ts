/**
 * What the template downloads are made of: a page's <Template> blocks as one document, and where
 * the files live. A page with several templates gives one file holding them all, each under its
 * own title.
 */
import type { PageTemplate } from '../pdf/blocks.ts';
import { NBSP } from '../typography/french.ts';
import { escapeMarkdown, markdownLink } from '../checklists/markdown.ts';

/** Where a template page's downloads live, beside its page, under the base path. */
export function templateUrls(pageId: string, base: string): { docx: string; markdown: string } {
	const path = `${base.endsWith('/') ? base : `${base}/`}${pageId}`;
	return { docx: `${path}.docx`, markdown: `${path}.md` };
}

/** The page's templates as one: the only one, or all of them under the page's title. */
export function pageTemplate(templates: PageTemplate[], pageTitle: string): PageTemplate {
	const [only] = templates;
	if (templates.length === 1 && only) return only;
	return {
		title: pageTitle,
		blocks: templates.flatMap((template) => [{ type: 'heading' as const, depth: 2, text: template.title }, ...template.blocks]),
		markdown: templates.map((template) => `## ${escapeMarkdown(template.title)}\n\n${template.markdown}`).join('\n\n'),
	};
}

/** The template as a Markdown file: its title, its text as written, then where it comes from. */
export function templateMarkdown(
	template: PageTemplate,
	page: { title: string; address: string | undefined; organisation: string },
): string {
	return [
		`# ${escapeMarkdown(template.title)}`,
		'',
		template.markdown.trim(),
		'',
		'---',
		'',
		`Source${NBSP}: ${markdownLink(page.title, page.address)} (${escapeMarkdown(page.organisation)}).`,
		'',
	].join('\n');
}
