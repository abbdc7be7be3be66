/** /checklists/<id>.pdf: the checklist as one printable A4 sheet, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { renderChecklistPdf } from '../../lib/pdf/checklist-pdf.ts';
import { checklistPaths, checklistSheet } from './_sheets.ts';

export const getStaticPaths = checklistPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'checklists'> }> = async ({ props }) => {
	const pdf = await renderChecklistPdf(await checklistSheet(props.entry));
	return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
