/** /modeles/<page>.docx: the page's template as a Word file, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { templateDocx } from '../lib/templates/template-docx.ts';
import { templateOf, templatePaths } from './_templates.ts';

export const getStaticPaths = templatePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = async ({ props }) => {
	const docx = await templateDocx(templateOf(props.entry));
	return new Response(docx, {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	});
};
