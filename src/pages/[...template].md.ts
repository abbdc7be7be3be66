/** /modeles/<page>.md: the page's template as Markdown, as its author wrote it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { templateMarkdown } from '../lib/templates/template-files.ts';
import { templateOf, templatePaths } from './_templates.ts';

export const getStaticPaths = templatePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = async ({ props }) => {
	const file = templateOf(props.entry);
	const markdown = templateMarkdown(file.template, {
		title: props.entry.data.title,
		address: file.pageAddress,
		organisation: file.organisation,
	});
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
