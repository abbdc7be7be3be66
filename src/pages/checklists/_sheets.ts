/** What the download endpoints need of a checklist, read from the collections and site.yaml. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import site from 'virtual:partenaire/site';
import { pageUrl } from '../../lib/guides.ts';
import { audienceList, frenchDate } from '../../lib/labels.ts';
import { checklistUrls } from '../../lib/checklists/urls.ts';
import type { ChecklistSheet } from '../../lib/pdf/checklist-pdf.ts';
import type { MarkdownChecklist } from '../../lib/checklists/markdown.ts';
import { UNREVIEWED_DATE } from '../../lib/pdf/document.ts';

/** An address of the site as readers reach it from outside: site URL, base path, path. */
export function absoluteAddress(path: string): string {
	return new URL(path, site.siteUrl).href;
}

export async function checklistPaths() {
	const checklists = await getCollection('checklists');
	return checklists.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function checklistSheet(entry: CollectionEntry<'checklists'>): Promise<ChecklistSheet & MarkdownChecklist> {
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
		guideAddress: absoluteAddress(pageUrl(guide.id)),
		audiences: audienceList(entry.data.audiences),
		reviewed: reviewed && frenchDate(reviewed),
		reviewedDate: reviewed ?? UNREVIEWED_DATE,
		organisation: site.organisation,
		accentColor: site.accentColor,
		pageAddress: absoluteAddress(checklistUrls(entry.id, import.meta.env.BASE_URL).page),
	};
}
