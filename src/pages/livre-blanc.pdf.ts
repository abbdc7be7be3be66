/**
 * /livre-blanc.pdf: the whole guide as one PDF, made at build time from the same content as the
 * pages, its guides in the order of the assistant path.
 */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import site from 'virtual:partenaire/site';
import { mdxBlocks } from '../lib/pdf/mdast-blocks.ts';
import { renderLivreBlanc } from '../lib/pdf/livre-blanc.ts';
import { audienceList, frenchDate } from '../lib/labels.ts';
import { guidesInPathOrder } from '../lib/pdf/path-order.ts';

export const GET: APIRoute = async () => {
	const path = await getEntry('docs', 'parcours/assistant');
	if (!path?.body) throw new Error('Livre blanc: content/docs/parcours/assistant.mdx is missing or empty.');
	const guides = guidesInPathOrder(
		path.body,
		await getCollection('docs', (page) => page.data.type === 'guide' && !page.data.draft),
	);
	const date = new Date(Math.max(...guides.map((guide) => guide.data.reviewed?.getTime() ?? 0)));
	const checklists = new Map((await getCollection('checklists')).map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
	const glossary = (await getCollection('glossary'))
		.map((entry) => entry.data)
		.sort((a, b) => a.term.localeCompare(b.term, 'fr', { sensitivity: 'base' }));
	const sources = (await getCollection('sources')).map((entry) => entry.data);
	const pdf = await renderLivreBlanc({
		organisation: site.organisation,
		siteAddress: new URL(import.meta.env.BASE_URL, site.siteUrl).href,
		date,
		dateText: frenchDate(date),
		guides: guides.map((guide) => ({
			title: guide.data.title,
			description: guide.data.description,
			audiences: audienceList(guide.data.audiences),
			blocks: mdxBlocks(guide.body ?? ''),
		})),
		checklists,
		glossary,
		sources,
	});
	return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
