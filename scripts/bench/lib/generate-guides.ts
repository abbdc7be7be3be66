/**
 * The benchmark's generated guides: each about 800 words with two checklists, written twice, for
 * this project (MDX with <Checklist>, YAML checklists) and for plain Starlight (Markdown with the
 * checklists as task lists). Pure: returns file contents; the caller writes them.
 */
import { paragraph, seededRandom, title, sentence } from './lorem.ts';

export const BENCH_FOLDER = 'interne';
const SECTIONS = 5;
const WORDS_PER_PARAGRAPH = 50;
const PARAGRAPHS_PER_SECTION = 2;
const ITEMS_PER_CHECKLIST = 8;

export interface GeneratedChecklist {
	id: string;
	title: string;
	summary: string;
	items: { id: string; label: string }[];
}

export interface GeneratedGuide {
	/** File name without extension, e.g. `guide-0042`. */
	name: string;
	title: string;
	description: string;
	/** Sections: a heading and its paragraphs. */
	sections: { heading: string; paragraphs: string[] }[];
	checklists: [GeneratedChecklist, GeneratedChecklist];
}

export function guideName(index: number): string {
	return `guide-${String(index + 1).padStart(4, '0')}`;
}

function checklist(random: () => number, id: string): GeneratedChecklist {
	return {
		id,
		title: title(random),
		summary: sentence(random),
		items: Array.from({ length: ITEMS_PER_CHECKLIST }, (_, index) => ({ id: `action-${index + 1}`, label: sentence(random) })),
	};
}

/** Guide number `index` (from 0): the same index always gives the same guide. */
export function generateGuide(index: number): GeneratedGuide {
	const random = seededRandom(2026 + index);
	const name = guideName(index);
	return {
		name,
		title: `${title(random)} (${index + 1})`,
		description: sentence(random),
		sections: Array.from({ length: SECTIONS }, () => ({
			heading: title(random),
			paragraphs: Array.from({ length: PARAGRAPHS_PER_SECTION }, () => paragraph(random, WORDS_PER_PARAGRAPH)),
		})),
		checklists: [checklist(random, `bench-${name}-a`), checklist(random, `bench-${name}-b`)],
	};
}

/** Words of prose in a guide (headings, paragraphs and checklist items), to check the size. */
export function wordCount(guide: GeneratedGuide): number {
	const texts = [
		guide.title,
		guide.description,
		...guide.sections.flatMap((section) => [section.heading, ...section.paragraphs]),
		...guide.checklists.flatMap((list) => [list.title, list.summary, ...list.items.map((item) => item.label)]),
	];
	return texts.join(' ').split(/\s+/).length;
}

/** The body of a guide with `checklist(list)` written after the second and fourth sections. */
function body(guide: GeneratedGuide, renderChecklist: (list: GeneratedChecklist) => string): string {
	return guide.sections
		.map((section, index) => {
			const parts = [`## ${section.heading}`, ...section.paragraphs];
			const list = index === 1 ? guide.checklists[0] : index === 3 ? guide.checklists[1] : undefined;
			if (list) parts.push(renderChecklist(list));
			return parts.join('\n\n');
		})
		.join('\n\n');
}

const quoted = (text: string) => JSON.stringify(text);

/** The guide as this project's MDX page. */
export function oursGuideMdx(guide: GeneratedGuide): string {
	return [
		'---',
		`title: ${quoted(guide.title)}`,
		`description: ${quoted(guide.description)}`,
		'type: guide',
		'audiences: [assistant]',
		'topic: posture',
		`checklists: [${guide.checklists.map((list) => list.id).join(', ')}]`,
		'sources: [falces-posture-partenaire]',
		'reviewed: 2026-01-15',
		'---',
		"import Checklist from '~/components/Checklist.astro';",
		'',
		body(guide, (list) => `<Checklist id="${list.id}" />`),
		'',
	].join('\n');
}

/** One checklist as this project's YAML file, attached to its guide. */
export function oursChecklistYaml(guide: GeneratedGuide, list: GeneratedChecklist): string {
	return [
		`title: ${quoted(list.title)}`,
		`summary: ${quoted(list.summary)}`,
		`guide: ${BENCH_FOLDER}/${guide.name}`,
		'audiences: [assistant]',
		'version: 1',
		'items:',
		...list.items.flatMap((item) => [`  - id: ${item.id}`, `    label: ${quoted(item.label)}`]),
		'',
	].join('\n');
}

/** A checklist as plain Markdown: its title, its summary and a task list, help under each item. */
export function markdownChecklist(
	list: { title: string; summary: string; items: { label: string; help?: string | undefined }[] },
	level = 3,
): string {
	const items = list.items.map((item) => `- [ ] ${item.label}${item.help ? `\n  ${item.help}` : ''}`).join('\n');
	return [`${'#'.repeat(level)} ${list.title}`, list.summary, items].join('\n\n');
}

/** The same guide as a plain Starlight Markdown page. */
export function plainGuideMarkdown(guide: GeneratedGuide): string {
	return [
		'---',
		`title: ${quoted(guide.title)}`,
		`description: ${quoted(guide.description)}`,
		'---',
		'',
		body(guide, (list) => markdownChecklist(list)),
		'',
	].join('\n');
}

/** The index page that a folder longer than the sidebar shows needs (src/config/sidebar.ts). */
export function folderIndex(count: number, format: 'mdx' | 'md'): string {
	const links = Array.from({ length: count }, (_, index) => `- [Guide ${index + 1}](/${BENCH_FOLDER}/${guideName(index)}/)`);
	const frontMatter = format === 'mdx' ? ['type: reference'] : [];
	return ['---', 'title: Pages générées', ...frontMatter, '---', '', ...links, ''].join('\n');
}
