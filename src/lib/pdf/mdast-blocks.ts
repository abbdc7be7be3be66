/**
 * A guide's MDX body as the blocks the livre blanc prints. Reads the Markdown tree that Sätteri
 * parses (mdast, with `:::` directives as Starlight reads them), keeps what paper can show
 * (headings, paragraphs, nested lists, quotes, tables), turns our MDX components and Starlight's
 * asides into their printed form, applies French typography to every text, numbers the outside
 * links as notes, and drops what only the screen needs (imports, expressions).
 *
 * Anything else stops the build with the file, the line and the construct: raw markup never
 * reaches the reader, and a new component is given its printed form before it can ship.
 */
import { mdxToMdast } from 'satteri';
import { frenchTypography, NBSP } from '../typography/french.ts';
import { ContributorError } from '../contributor-errors.ts';
import { pruneHiddenItems } from '../overlay/hidden-targets.ts';
import { plainText, type Block, type PageTemplate, type Run } from './blocks.ts';

/** The fields of mdast nodes this module reads, whatever their type. */
interface Node {
	type: string;
	children?: Node[] | undefined;
	value?: string | undefined;
	name?: string | null | undefined;
	depth?: number | undefined;
	ordered?: boolean | null | undefined;
	start?: number | null | undefined;
	url?: string | undefined;
	alt?: string | null | undefined;
	label?: string | null | undefined;
	data?: { directiveLabel?: boolean | null } | undefined;
	attributes?: { type: string; name?: string | undefined; value?: unknown }[] | Record<string, unknown> | null | undefined;
	position?: { start: { line: number; offset?: number }; end: { offset?: number } } | undefined;
}

/** Starlight's aside kinds and the title each shows when the author gives none (its French UI). */
export const ASIDE_TITLES: Record<string, string> = {
	note: 'Note',
	tip: 'Astuce',
	caution: 'Attention',
	danger: 'Danger',
};

/** The title of each box component; WhatToSay and Template add their own attribute to it. */
const BOX_TITLES = {
	KeyIdea: 'L’idée clé',
	SelfAssessment: 'Questions pour faire le point',
	WhatToSay: 'Ce que vous pouvez dire',
	Template: 'Le modèle',
} as const;

/** Nodes that only the screen needs, or that hold no text: they print nothing. */
const SILENT = new Set(['yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'thematicBreak', 'definition']);

/** The components a page may hold, each with its printed form (see `component`). */
export const PRINTED_COMPONENTS = ['Checklist', 'Aside', 'Card', 'CardGrid', 'LinkCard', ...Object.keys(BOX_TITLES)];

/** The error for a construct the livre blanc cannot print. */
export function unprintableError(file: string, construct: string, line?: number): ContributorError {
	return new ContributorError(
		line ? `${file}:${line}` : file,
		[
			{
				field: construct,
				message: `le livre blanc ne sait pas imprimer cette construction. Remplacez-la par un élément connu (${PRINTED_COMPONENTS.join(', ')}, un encadré :::note, :::tip, :::caution ou :::danger), ou donnez-lui une forme imprimée dans src/lib/pdf/mdast-blocks.ts.`,
			},
		],
		'construction-non-imprimable',
	);
}

/** Reads one page: its outside links are numbered in `notes`, its errors name `file`. */
class PageReader {
	readonly notes: string[] = [];
	readonly file: string;

	constructor(file: string) {
		this.file = file;
	}

	fail(node: Node, construct: string): never {
		throw unprintableError(this.file, construct, node.position?.start.line);
	}

	attribute(node: Node, name: string): string | undefined {
		const attributes = node.attributes;
		if (Array.isArray(attributes)) {
			const found = attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
			return typeof found?.value === 'string' ? found.value : undefined;
		}
		const value = attributes?.[name];
		return typeof value === 'string' ? value : undefined;
	}

	/** The note number of an outside address, the same number each time it comes back. */
	note(address: string): number {
		const index = this.notes.indexOf(address);
		if (index !== -1) return index + 1;
		this.notes.push(address);
		return this.notes.length;
	}

	/** Inline content as runs; the text so far is passed on, so quotes open and close rightly. */
	runs(nodes: Node[] = [], style: Omit<Run, 'text'> = {}, out: Run[] = []): Run[] {
		for (const node of nodes) {
			switch (node.type) {
				case 'text':
				case 'inlineCode': {
					const before = out.map((run) => run.text).join('');
					out.push({ ...style, text: node.type === 'text' ? frenchTypography(node.value ?? '', before) : (node.value ?? '') });
					break;
				}
				case 'strong':
					this.runs(node.children, { ...style, bold: true }, out);
					break;
				case 'emphasis':
					this.runs(node.children, { ...style, italic: true }, out);
					break;
				case 'delete':
				case 'linkReference':
				case 'mdxJsxTextElement':
					this.runs(node.children, style, out);
					break;
				case 'break':
					out.push({ ...style, text: '\n' });
					break;
				case 'link': {
					const url = node.url ?? '';
					if (/^(?:https?:|mailto:)/.test(url)) {
						// On paper an outside address must be readable: its number sends to the notes.
						this.runs(node.children, { ...style, link: url }, out);
						out.push({ ...style, text: `${NBSP}[${this.note(url.replace(/^mailto:/, ''))}]` });
					} else this.runs(node.children, style, out);
					break;
				}
				case 'image':
					out.push({ ...style, italic: true, text: `[Image${NBSP}: ${node.alt ?? ''}]` });
					break;
				case 'footnoteReference':
					out.push({ ...style, text: `[${node.label ?? ''}]` });
					break;
				case 'textDirective':
				case 'leafDirective':
					// `10:30` or `:mot` in prose: Starlight puts unhandled directives back as text.
					out.push({ ...style, text: `:${node.name ?? ''}` });
					this.runs(node.children, style, out);
					break;
				default:
					if (!SILENT.has(node.type)) this.fail(node, node.type);
			}
		}
		return mergeRuns(out);
	}

	blocks(nodes: Node[] = []): Block[] {
		return nodes.flatMap((node): Block[] => {
			switch (node.type) {
				case 'heading':
					return [{ type: 'heading', depth: node.depth ?? 2, text: plainText(this.runs(node.children)) }];
				case 'paragraph': {
					const content = this.runs(node.children);
					return content.length > 0 ? [{ type: 'paragraph', runs: content }] : [];
				}
				case 'list':
					return [
						{
							type: 'list',
							ordered: !!node.ordered,
							start: node.start ?? 1,
							items: (node.children ?? []).map((item) => this.blocks(item.children)),
						},
					];
				case 'blockquote':
					return [{ type: 'quote', blocks: this.blocks(node.children) }];
				case 'code':
					return [{ type: 'quote', blocks: [{ type: 'paragraph', runs: [{ text: node.value ?? '' }] }] }];
				case 'table': {
					const [head, ...rows] = (node.children ?? []).map((row) =>
						(row.children ?? []).map((cell) => plainText(this.runs(cell.children))),
					);
					return [{ type: 'table', header: head ?? [], rows }];
				}
				case 'footnoteDefinition':
					return [
						{
							type: 'paragraph',
							runs: [{ text: `[${node.label ?? ''}] ` }, ...this.runs(node.children?.flatMap((child) => child.children ?? []))],
						},
					];
				case 'containerDirective':
					return this.aside(node);
				case 'mdxJsxFlowElement':
					return this.component(node);
				case 'leafDirective':
					return [{ type: 'paragraph', runs: this.runs([node]) }];
				default:
					if (SILENT.has(node.type)) return [];
					return this.fail(node, node.type);
			}
		});
	}

	/** `:::tip[Titre]` … `:::`: Starlight's aside, its label paragraph as the title. */
	aside(node: Node): Block[] {
		const kind = ASIDE_TITLES[node.name ?? ''];
		if (!kind) return this.fail(node, `:::${node.name ?? ''}`);
		const [first, ...rest] = node.children ?? [];
		const labelled = first?.type === 'paragraph' && first.data?.directiveLabel;
		const title = labelled ? plainText(this.runs(first.children)) : kind;
		return [{ type: 'box', title, blocks: this.blocks(labelled ? rest : (node.children ?? [])) }];
	}

	component(node: Node): Block[] {
		const name = node.name ?? '';
		switch (name) {
			case 'Checklist': {
				const id = this.attribute(node, 'id');
				return id ? [{ type: 'checklist', id }] : this.fail(node, '<Checklist> sans id');
			}
			case 'KeyIdea':
			case 'SelfAssessment':
				return [{ type: 'box', title: BOX_TITLES[name], blocks: this.blocks(node.children) }];
			case 'WhatToSay':
			case 'Template': {
				const detail = this.attribute(node, name === 'WhatToSay' ? 'situation' : 'title');
				const title = detail
					? `${BOX_TITLES[name]}${name === 'Template' ? `${NBSP}:` : '.'} ${frenchTypography(detail)}`
					: BOX_TITLES[name];
				return [{ type: 'box', title, blocks: this.blocks(node.children) }];
			}
			case 'Aside': {
				const kind = ASIDE_TITLES[this.attribute(node, 'type') ?? 'note'];
				if (!kind) return this.fail(node, `<Aside type="${this.attribute(node, 'type') ?? ''}">`);
				const title = this.attribute(node, 'title');
				return [{ type: 'box', title: title ? frenchTypography(title) : kind, blocks: this.blocks(node.children) }];
			}
			case 'Card': {
				const title = this.attribute(node, 'title');
				return [{ type: 'box', title: title ? frenchTypography(title) : '', blocks: this.blocks(node.children) }];
			}
			case 'CardGrid':
				return this.blocks(node.children);
			case 'LinkCard': {
				const title = frenchTypography(this.attribute(node, 'title') ?? '');
				const description = this.attribute(node, 'description');
				const runs: Run[] = [{ text: title, bold: true }];
				if (description) runs.push({ text: ` — ${frenchTypography(description)}` });
				return [{ type: 'paragraph', runs }];
			}
			default:
				return this.fail(node, `<${name || 'fragment'}>`);
		}
	}
}

/** Neighbouring runs of the same style become one, so the PDF writes words, not fragments. */
function mergeRuns(list: Run[]): Run[] {
	const merged: Run[] = [];
	for (const run of list) {
		const last = merged.at(-1);
		if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic && last.link === run.link) last.text += run.text;
		else merged.push({ ...run });
	}
	return merged.filter((run) => run.text !== '');
}

/**
 * The printable blocks of an MDX page body, without the list items that lead to `hidden` pages,
 * ending with the notes of its outside links when it has some. `file` names the page in errors.
 */
export function mdxBlocks(source: string, file = 'page MDX', hidden: ReadonlySet<string> = new Set()): Block[] {
	const reader = new PageReader(file);
	const tree = pruneHiddenItems(mdxToMdast(source, { features: { directive: true } }) as unknown as Node, hidden);
	const blocks = reader.blocks(tree.children);
	return reader.notes.length > 0 ? [...blocks, { type: 'notes', addresses: reader.notes }] : blocks;
}

/** The templates of an MDX page, in order (a template page has one; the downloads take them all). */
export function mdxTemplates(source: string, file = 'page MDX'): PageTemplate[] {
	const reader = new PageReader(file);
	const found: PageTemplate[] = [];
	const walk = (nodes: Node[] = []): void => {
		for (const node of nodes) {
			if (node.type === 'mdxJsxFlowElement' && node.name === 'Template') {
				const children = node.children ?? [];
				const start = children[0]?.position?.start.offset ?? 0;
				const end = children.at(-1)?.position?.end.offset ?? start;
				found.push({
					title: frenchTypography(reader.attribute(node, 'title') ?? ''),
					blocks: reader.blocks(children),
					markdown: source.slice(start, end),
				});
			} else walk(node.children);
		}
	};
	walk((mdxToMdast(source, { features: { directive: true } }) as unknown as Node).children);
	return found;
}
