/** What the download endpoints need of a checklist, read from the collections and site.yaml. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import site from 'virtual:partenaire/site';
import { pageUrl } from '../../lib/guides.ts';
import { audienceList, frenchDate } from '../../lib/labels.ts';
import { checklistUrls } from '../../lib/checklists/urls.ts';
import type { ChecklistSheet } from '../../lib/pdf/checklist-pdf.ts';
import type { MarkdownChecklist } from '../../lib/checklists/markdown.ts';
import { UNREVIEWED_DATE } from '../../lib/pdf/document.ts';
import { absoluteAddress } from '../../lib/site-address.ts';

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
		guideAddress: absoluteAddress(pageUrl(guide.id), site.siteUrl),
		audiences: audienceList(entry.data.audiences),
		reviewed: reviewed && frenchDate(reviewed),
		reviewedDate: reviewed ?? UNREVIEWED_DATE,
		organisation: site.organisation,
		accentColor: site.accentColor,
		pageAddress: absoluteAddress(checklistUrls(entry.id, import.meta.env.BASE_URL).page, site.siteUrl),
	};
}
