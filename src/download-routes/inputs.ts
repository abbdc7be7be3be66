/**
 * Every download of the site as a job (src/lib/downloads/documents.ts): its kind, its route's
 * parameters and its inputs, read from the collections and the site settings. A content mistake
 * the downloads reveal (a template page without a template, a checklist the book cannot find)
 * stops the build here, with its file, as it did when each download was its own route.
 *
 * Each input holds what its document prints and nothing else, so that its key changes only when
 * the document would: the livre blanc carries the checklists its guides print, not all of them.
 */
import { absoluteAddress } from '../lib/site-address.ts';
import { join } from 'node:path';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import site from 'virtual:partenaire/site';
import { pageUrl } from '../lib/guides.ts';
import { audienceList, frenchDate } from '../lib/labels.ts';
import { checklistUrls } from '../lib/checklists/urls.ts';
import { unknownChecklistError } from '../lib/checklists/errors.ts';
import { mdxBlocks, mdxTemplates } from '../lib/pdf/mdast-blocks.ts';
import type { Block } from '../lib/pdf/blocks.ts';
import { guidesInPathOrder, isLivreBlancGuide } from '../lib/pdf/path-order.ts';
import { pageTemplate } from '../lib/templates/template-files.ts';
import { ContributorError } from '../lib/contributor-errors.ts';
import type { PrintableChecklist } from '../lib/pdf/checklist-pdf.ts';
import { readLogo } from '../lib/pdf/brand.ts';
import {
	UNREVIEWED_DATE,
	type ChecklistInput,
	type DownloadJob,
	type LivreBlancInput,
	type LogoData,
	type TemplateInput,
} from '../lib/downloads/documents.ts';

/** Pages this build hides: the book drops the list items that lead to them, as the pages do. */
const hiddenIds = new Set<string>(site.hiddenPageIds);

async function checklistInput(entry: CollectionEntry<'checklists'>): Promise<ChecklistInput> {
	const guide = await getEntry(entry.data.guide);
	if (!guide) throw new Error(`Checklist ${entry.id}: guide ${entry.data.guide.id} not found.`);
	const reviewed = guide.data.reviewed;
	return {
		id: entry.id,
		title: entry.data.title,
		summary: entry.data.summary,
		version: entry.data.version,
		recurrence: entry.data.recurrence,
		items: entry.data.items,
		guideTitle: guide.data.title,
		guideAddress: absoluteAddress(pageUrl(guide.id), site.siteUrl),
		audiences: audienceList(entry.data.audiences),
		reviewed: reviewed && frenchDate(reviewed),
		reviewedDate: (reviewed ?? UNREVIEWED_DATE).toISOString(),
		organisation: site.organisation,
		accentColor: site.accentColor,
		pageAddress: absoluteAddress(checklistUrls(entry.id, import.meta.env.BASE_URL).page, site.siteUrl),
	};
}

/** Each checklist's A4 sheet and Markdown task list. */
async function checklistJobs(): Promise<DownloadJob[]> {
	const jobs: DownloadJob[] = [];
	for (const entry of await getCollection('checklists')) {
		const input = await checklistInput(entry);
		jobs.push(
			{ kind: 'checklist-pdf', params: { id: entry.id }, input },
			{ kind: 'checklist-md', params: { id: entry.id }, input },
		);
	}
	return jobs;
}

function templateInput(entry: CollectionEntry<'docs'>): TemplateInput {
	const templates = mdxTemplates(entry.body ?? '', entry.filePath ?? entry.id);
	if (templates.length === 0) {
		throw new ContributorError(
			entry.filePath ?? entry.id,
			[
				{
					field: 'type',
					message: 'une page de type « template » contient au moins un <Template title="…">, que ses téléchargements reprennent.',
				},
			],
			'valeur-invalide',
		);
	}
	return {
		template: pageTemplate(templates, entry.data.title),
		description: entry.data.description ?? '',
		organisation: site.organisation,
		accentColor: site.accentColor,
		pageAddress: absoluteAddress(pageUrl(entry.id), site.siteUrl),
		date: (entry.data.reviewed ?? UNREVIEWED_DATE).toISOString(),
		pageTitle: entry.data.title,
	};
}

/** Each page of type `template`: its templates as a Word file and as Markdown. */
async function templateJobs(): Promise<DownloadJob[]> {
	const pages = await getCollection('docs', (page) => page.data.type === 'template' && !page.data.draft);
	return pages.flatMap((entry): DownloadJob[] => {
		const input = templateInput(entry);
		return [
			{ kind: 'template-docx', params: { template: entry.id }, input },
			{ kind: 'template-md', params: { template: entry.id }, input },
		];
	});
}

/** The guide's blocks; a checklist it names without a YAML file fails as it does on the page. */
function checkedBlocks(
	body: string,
	file: string,
	checklists: ReadonlyMap<string, PrintableChecklist>,
	printed: Set<string>,
): Block[] {
	const blocks = mdxBlocks(body, file, hiddenIds);
	const walk = (list: Block[]): void => {
		for (const block of list) {
			if (block.type === 'checklist') {
				if (!checklists.has(block.id)) throw unknownChecklistError(file, block.id);
				printed.add(block.id);
			}
			if (block.type === 'box' || block.type === 'quote') walk(block.blocks);
			if (block.type === 'list') block.items.forEach(walk);
		}
	};
	walk(blocks);
	return blocks;
}

/** The logo of whichever settings file set it (upstream's or the company's overlay), as data. */
function logoData(file: string | undefined): LogoData | undefined {
	if (!file) return undefined;
	const { svg, png } = readLogo(join(process.cwd(), file));
	return svg !== undefined ? { svg } : png && { png: png.toString('base64') };
}

/**
 * The whole guide as one PDF, from the same content as the pages, its guides (see
 * `isLivreBlancGuide`) in the order of the assistant path.
 */
async function livreBlancJob(): Promise<DownloadJob> {
	// A site without the assistant path (a company's trimmed copy) gets its guides in sidebar order.
	const path = await getEntry('docs', 'parcours/assistant');
	const guides = guidesInPathOrder(
		path?.body ?? '',
		await getCollection('docs', (page) => isLivreBlancGuide(page, site.hiddenPages)),
	);
	const date = new Date(Math.max(...guides.map((guide) => guide.data.reviewed?.getTime() ?? 0)));
	const checklists = new Map(
		(await getCollection('checklists')).map(({ id, data }): [string, PrintableChecklist] => [
			id,
			{ id, title: data.title, summary: data.summary, version: data.version, recurrence: data.recurrence, items: data.items },
		]),
	);
	const printed = new Set<string>();
	const bookGuides = guides.map((guide) => ({
		title: guide.data.title,
		description: guide.data.description,
		audiences: audienceList(guide.data.audiences),
		blocks: checkedBlocks(guide.body ?? '', guide.filePath ?? guide.id, checklists, printed),
	}));
	const glossary = (await getCollection('glossary'))
		.map(({ data }) => ({ term: data.term, definition: data.definition }))
		.sort((a, b) => a.term.localeCompare(b.term, 'fr', { sensitivity: 'base' }));
	const sources = (await getCollection('sources')).map(({ data }) => ({
		title: data.title,
		publisher: data.publisher,
		author: data.author,
		published: data.published,
		ideas: data.ideas,
	}));
	const input: LivreBlancInput = {
		organisation: site.organisation,
		siteAddress: absoluteAddress(import.meta.env.BASE_URL, site.siteUrl),
		accentColor: site.accentColor,
		logo: logoData(site.logoFile),
		date: date.toISOString(),
		dateText: frenchDate(date),
		guides: bookGuides,
		checklists: Object.fromEntries([...printed].sort().map((id) => [id, checklists.get(id) as PrintableChecklist])),
		glossary,
		sources,
	};
	return { kind: 'livre-blanc', params: {}, input };
}

export async function downloadJobs(): Promise<DownloadJob[]> {
	return [await livreBlancJob(), ...(await checklistJobs()), ...(await templateJobs())];
}
