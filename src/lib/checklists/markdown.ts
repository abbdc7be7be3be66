/**
 * A checklist as a Markdown task list, for readers who keep their notes in Markdown tools
 * (Obsidian, Logseq, a Git forge…): title, summary, where it comes from, then `- [ ]` per action.
 */
import { NBSP } from '../typography/french.ts';

export interface MarkdownChecklist {
	title: string;
	summary: string;
	version: number;
	recurrence?: string | undefined;
	items: { label: string; help?: string | undefined; group?: string | undefined }[];
	guideTitle: string;
	/** Absolute addresses, since the file is read away from the site; none when the site has no public address. */
	guideAddress: string | undefined;
	pageAddress: string | undefined;
	organisation: string;
}

/** Backslashes the characters that Markdown would read as formatting in a label. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>#|~]/g, '\\$&')
		.replace(/^(\d+)\. /, '$1\\. ')
		.replace(/^([+-]) /, '\\$1 ');
}

/** A title linked to its page, or the title alone when the site has no public address. */
export function markdownLink(title: string, address: string | undefined): string {
	return address ? `[${escapeMarkdown(title)}](${address})` : escapeMarkdown(title);
}

/**
 * The items, a `##` heading where a group opens. A help text is a paragraph of its own, indented
 * under its item after a blank line: a lazy continuation line would join the label's paragraph
 * in CommonMark and GitHub renderers (tests/unit/checklist-markdown.test.ts parses it back).
 */
function itemLines(items: MarkdownChecklist['items']): string[] {
	return items.flatMap((item, index) => {
		const opens = item.group && item.group !== items[index - 1]?.group;
		const previous = items[index - 1];
		return [
			...(opens ? [...(index > 0 ? [''] : []), `## ${escapeMarkdown(item.group ?? '')}`, ''] : []),
			// After an item with help, a blank line keeps the next item out of its paragraph.
			...(!opens && previous?.help ? [''] : []),
			`- [ ] ${escapeMarkdown(item.label)}`,
			...(item.help ? ['', `  ${escapeMarkdown(item.help)}`] : []),
		];
	});
}

export function checklistMarkdown(checklist: MarkdownChecklist): string {
	const lines = [
		`# ${escapeMarkdown(checklist.title)}`,
		'',
		escapeMarkdown(checklist.summary),
		'',
		...(checklist.recurrence ? [`Récurrence${NBSP}: ${checklist.recurrence}`, ''] : []),
		...itemLines(checklist.items),
		'',
		'---',
		'',
		`Source${NBSP}: ${markdownLink(checklist.title, checklist.pageAddress)}, version ${checklist.version}, checklist du guide ${markdownLink(checklist.guideTitle, checklist.guideAddress)} (${escapeMarkdown(checklist.organisation)}).`,
		'',
	];
	return lines.join('\n');
}
