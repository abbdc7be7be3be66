/**
 * /livre-blanc.pdf: the whole guide as one PDF, made at build time from the same content as the
 * pages, its guides (see `isLivreBlancGuide`) in the order of the assistant path.
 */
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import site from 'virtual:partenaire/site';
import { mdxBlocks } from '../lib/pdf/mdast-blocks.ts';
import { renderLivreBlanc } from '../lib/pdf/livre-blanc.ts';
import { audienceList, frenchDate } from '../lib/labels.ts';
import { guidesInPathOrder, isLivreBlancGuide } from '../lib/pdf/path-order.ts';
import { unknownChecklistError } from '../lib/checklists/errors.ts';
import type { Block } from '../lib/pdf/mdast-blocks.ts';
import { readLogo } from '../lib/pdf/brand.ts';
import { absoluteAddress } from '../lib/site-address.ts';

/** Pages this build hides: the book drops the list items that lead to them, as the pages do. */
const hiddenIds = new Set<string>(site.hiddenPageIds);

export const GET: APIRoute = async () => {
	// A site without the assistant path (a company's trimmed copy) gets its guides in sidebar order.
	const path = await getEntry('docs', 'parcours/assistant');
	const guides = guidesInPathOrder(
		path?.body ?? '',
		await getCollection('docs', (page) => isLivreBlancGuide(page, site.hiddenPages)),
	);
	const date = new Date(Math.max(...guides.map((guide) => guide.data.reviewed?.getTime() ?? 0)));
	const checklists = new Map((await getCollection('checklists')).map((entry) => [entry.id, { id: entry.id, ...entry.data }]));
	const glossary = (await getCollection('glossary'))
		.map((entry) => entry.data)
		.sort((a, b) => a.term.localeCompare(b.term, 'fr', { sensitivity: 'base' }));
	const sources = (await getCollection('sources')).map((entry) => entry.data);
	const pdf = await renderLivreBlanc({
		organisation: site.organisation,
		siteAddress: absoluteAddress(import.meta.env.BASE_URL, site.siteUrl),
		accentColor: site.accentColor,
		// The logo of whichever settings file set it (upstream's or the company's overlay).
		logo: site.logoFile ? readLogo(join(process.cwd(), site.logoFile)) : undefined,
		date,
		dateText: frenchDate(date),
		guides: guides.map((guide) => ({
			title: guide.data.title,
			description: guide.data.description,
			audiences: audienceList(guide.data.audiences),
			blocks: checkedBlocks(guide.body ?? '', guide.filePath ?? guide.id, checklists),
		})),
		checklists,
		glossary,
		sources,
	});
	return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};

/** The guide's blocks; a checklist it names without a YAML file fails as it does on the page. */
function checkedBlocks(body: string, file: string, checklists: ReadonlyMap<string, unknown>): Block[] {
	const blocks = mdxBlocks(body, file, hiddenIds);
	const walk = (list: Block[]): void => {
		for (const block of list) {
			if (block.type === 'checklist' && !checklists.has(block.id)) throw unknownChecklistError(file, block.id);
			if (block.type === 'box' || block.type === 'quote') walk(block.blocks);
			if (block.type === 'list') block.items.forEach(walk);
		}
	};
	walk(blocks);
	return blocks;
}
