/**
 * A checklist as a Markdown task list, for readers who keep their notes in Markdown tools
 * (Obsidian, Logseq, a Git forge…): title, summary, where it comes from, then `- [ ]` per action.
 */
import { NBSP } from '../typography/french.ts';

export interface MarkdownChecklist {
	title: string;
	summary: string;
	version: number;
	items: { label: string; help?: string | undefined }[];
	guideTitle: string;
	/** Absolute addresses: the file is read away from the site. */
	guideAddress: string;
	pageAddress: string;
	organisation: string;
}

/** Backslashes the characters that Markdown would read as formatting in a label. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>#|~]/g, '\\$&')
		.replace(/^(\d+)\. /, '$1\\. ')
		.replace(/^([+-]) /, '\\$1 ');
}

export function checklistMarkdown(checklist: MarkdownChecklist): string {
	const lines = [
		`# ${escapeMarkdown(checklist.title)}`,
		'',
		escapeMarkdown(checklist.summary),
		'',
		...checklist.items.flatMap((item) => [
			`- [ ] ${escapeMarkdown(item.label)}`,
			// Indented under its item, the help text stays attached to it in every Markdown tool.
			...(item.help ? [`  ${escapeMarkdown(item.help)}`] : []),
		]),
		'',
		'---',
		'',
		`Source${NBSP}: [${escapeMarkdown(checklist.title)}](${checklist.pageAddress}), version ${checklist.version}, checklist du guide [${escapeMarkdown(checklist.guideTitle)}](${checklist.guideAddress}) (${escapeMarkdown(checklist.organisation)}).`,
		'',
	];
	return lines.join('\n');
}
