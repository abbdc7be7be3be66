/** /checklists/<id>.md: the checklist as a Markdown task list, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { checklistMarkdown } from '../../lib/checklists/markdown.ts';
import { checklistPaths, checklistSheet } from './_sheets.ts';

export const getStaticPaths = checklistPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'checklists'> }> = async ({ props }) => {
	const markdown = checklistMarkdown(await checklistSheet(props.entry));
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
