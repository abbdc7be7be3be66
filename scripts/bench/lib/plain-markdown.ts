/**
 * This project's MDX pages as the Markdown a plain Starlight site would have: the same prose, our
 * components replaced by their nearest plain Markdown (checklists as task lists, asides as
 * `:::` blocks, cards as links), and only the front matter fields Starlight knows.
 */
import { parse, stringify } from 'yaml';
import { markdownChecklist } from './generate-guides.ts';
import { splitFrontMatter } from '../../../src/lib/front-matter.ts';

/** Front matter fields of Starlight's own schema that our pages use. */
const STARLIGHT_FIELDS = ['title', 'description', 'template', 'hero', 'tableOfContents', 'sidebar', 'pagefind', 'draft'];

export interface PlainChecklist {
	title: string;
	summary: string;
	items: { label: string; help?: string }[];
}

export interface PlainContext {
	/** Checklists by id, for `<Checklist id="…" />`. */
	checklists: ReadonlyMap<string, PlainChecklist>;
	/** What `<GuideList />` becomes: a Markdown list of the guides. */
	guideList: string;
}

function attribute(tag: string, name: string): string {
	return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

export function plainFrontMatter(yamlText: string): string {
	const data = (parse(yamlText) ?? {}) as Record<string, unknown>;
	const kept = Object.fromEntries(STARLIGHT_FIELDS.filter((field) => field in data).map((field) => [field, data[field]]));
	return stringify(kept).trimEnd();
}

export function plainMarkdown(mdx: string, context: PlainContext): string {
	const block = splitFrontMatter(mdx);
	const frontMatter = block ? plainFrontMatter(block.yaml) : '';
	// Code blocks and spans show components as text (the contributor pages): set them aside.
	const code: string[] = [];
	const body = (block ? block.body : mdx)
		.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$|`[^`\n]+`/gm, (text) => `\u0000${code.push(text) - 1}\u0000`)
		.replace(/^import .*$/gm, '')
		.replace(/<Checklist\b[^>]*\/>/g, (tag) => {
			const id = attribute(tag, 'id');
			const list = context.checklists.get(id);
			if (!list) throw new Error(`No checklist "${id}" for ${tag}`);
			return markdownChecklist(list);
		})
		.replace(/<Aside\b([^>]*)>/g, (tag) => {
			const type = attribute(tag, 'type') || 'note';
			const title = attribute(tag, 'title');
			return title ? `:::${type}[${title}]` : `:::${type}`;
		})
		.replace(/<\/Aside>/g, ':::')
		.replace(/<Template\b[^>]*>/g, (tag) => `### ${attribute(tag, 'title')}`)
		.replace(
			/<LinkCard\b[^>]*\/>/g,
			(tag) => `- [${attribute(tag, 'title')}](${attribute(tag, 'href')}) : ${attribute(tag, 'description')}`,
		)
		.replace(/<Card\b[^>]*>/g, (tag) => `**${attribute(tag, 'title')}**`)
		.replace(/<GuideList\s*\/>/g, context.guideList)
		// Components with no plain Markdown counterpart render nothing in plain Starlight.
		.replace(/<(SelfAssessment|GlossaryList|SourcesList|PageSources|PageMeta)\b[^>]*\/>/g, '')
		.replace(/<\/?(KeyIdea|Template|CardGrid|Card)>/g, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim()
		// eslint-disable-next-line no-control-regex -- NUL marks the code set aside above
		.replace(/\u0000(\d+)\u0000/g, (_, index: string) => code[Number(index)] ?? '');
	return `---\n${frontMatter}\n---\n\n${body}\n`;
}
