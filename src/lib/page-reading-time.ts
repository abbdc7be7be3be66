/** A page's reading time: its prose plus the checklists it embeds (see reading-time.ts). */
import { getEntries } from 'astro:content';
import type { DocsEntry } from './guides.ts';
import { countWords, readingMinutes } from './reading-time.ts';

export async function pageReadingMinutes(entry: Pick<DocsEntry, 'body' | 'data'>): Promise<number> {
	const checklists = await getEntries(entry.data.checklists);
	const checklistText = checklists
		.flatMap((checklist) => [checklist.data.summary, ...checklist.data.items.flatMap((item) => [item.label, item.help ?? ''])])
		.join(' ');
	return readingMinutes(countWords(entry.body ?? '') + countWords(checklistText));
}
