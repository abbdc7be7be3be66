/**
 * A guide's MDX body as the blocks the livre blanc prints. Reads the Markdown tree that Sätteri
 * parses (mdast), keeps what paper can show (headings, paragraphs, lists, quotes, tables), turns
 * our MDX components into their printed form, applies French typography to every text, and drops
 * what only the screen needs (imports, expressions).
 */
import { mdxToMdast } from 'satteri';
import { frenchTypography } from '../typography/french.ts';
import { pruneHiddenItems } from '../overlay/hidden-targets.ts';

/** A run of text with its emphasis. */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
}

export type Block =
	| { type: 'heading'; depth: number; text: string }
	| { type: 'paragraph'; runs: Run[] }
	| { type: 'list'; ordered: boolean; start: number; items: Block[][] }
	| { type: 'quote'; blocks: Block[] }
	| { type: 'table'; header: string[]; rows: string[][] }
	/** A highlighted box: <KeyIdea>, <Aside>, <SelfAssessment>, <WhatToSay>. */
	| { type: 'box'; title: string; blocks: Block[] }
	/** <Checklist id="…" />, printed from its YAML by the caller. */
	| { type: 'checklist'; id: string };

/** The fields of mdast nodes this module reads, whatever their type. */
interface Node {
	type: string;
	children?: Node[] | undefined;
	value?: string | undefined;
	name?: string | null | undefined;
	depth?: number | undefined;
	ordered?: boolean | null | undefined;
	start?: number | null | undefined;
	attributes?: { type: string; name?: string | undefined; value?: unknown }[] | undefined;
}

const ASIDE_TITLES: Record<string, string> = {
	note: 'Note',
	tip: 'Astuce',
	caution: 'Attention',
	danger: 'Danger',
};

function attribute(node: Node, name: string): string | undefined {
	const found = (node.attributes ?? []).find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
}

/** Inline content as runs; `before` carries the text so far, so quotes open and close rightly. */
function runs(nodes: Node[] = [], style: Omit<Run, 'text'> = {}, out: Run[] = []): Run[] {
	for (const node of nodes) {
		switch (node.type) {
			case 'text':
			case 'inlineCode': {
				const before = out.map((run) => run.text).join('');
				out.push({ ...style, text: node.type === 'text' ? frenchTypography(node.value ?? '', before) : (node.value ?? '') });
				break;
			}
			case 'strong':
				runs(node.children, { ...style, bold: true }, out);
				break;
			case 'emphasis':
				runs(node.children, { ...style, italic: true }, out);
				break;
			case 'break':
				out.push({ ...style, text: '\n' });
				break;
			default:
				// Links print their text; inline JSX prints its content.
				if (node.children) runs(node.children, style, out);
		}
	}
	return mergeRuns(out);
}

/** Neighbouring runs of the same style become one, so the PDF writes words, not fragments. */
function mergeRuns(list: Run[]): Run[] {
	const merged: Run[] = [];
	for (const run of list) {
		const last = merged.at(-1);
		if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
		else merged.push({ ...run });
	}
	return merged.filter((run) => run.text !== '');
}

export function plainText(list: Run[]): string {
	return list.map((run) => run.text).join('');
}

function blocks(nodes: Node[] = []): Block[] {
	return nodes.flatMap((node): Block[] => {
		switch (node.type) {
			case 'heading':
				return [{ type: 'heading', depth: node.depth ?? 2, text: plainText(runs(node.children)) }];
			case 'paragraph': {
				const content = runs(node.children);
				return content.length > 0 ? [{ type: 'paragraph', runs: content }] : [];
			}
			case 'list':
				return [
					{
						type: 'list',
						ordered: !!node.ordered,
						start: node.start ?? 1,
						items: (node.children ?? []).map((item) => blocks(item.children)),
					},
				];
			case 'blockquote':
				return [{ type: 'quote', blocks: blocks(node.children) }];
			case 'table': {
				const [head, ...rows] = (node.children ?? []).map((row) =>
					(row.children ?? []).map((cell) => plainText(runs(cell.children))),
				);
				return [{ type: 'table', header: head ?? [], rows }];
			}
			case 'mdxJsxFlowElement':
				return component(node);
			default:
				// Front matter, imports, expressions, HTML comments and thematic breaks do not print.
				return [];
		}
	});
}

function component(node: Node): Block[] {
	switch (node.name) {
		case 'Checklist': {
			const id = attribute(node, 'id');
			return id ? [{ type: 'checklist', id }] : [];
		}
		case 'KeyIdea':
			return [{ type: 'box', title: 'L’idée clé', blocks: blocks(node.children) }];
		case 'SelfAssessment':
			return [{ type: 'box', title: 'Questions pour faire le point', blocks: blocks(node.children) }];
		case 'WhatToSay': {
			const situation = attribute(node, 'situation');
			const title = situation ? `Ce que vous pouvez dire. ${frenchTypography(situation)}` : 'Ce que vous pouvez dire';
			return [{ type: 'box', title, blocks: blocks(node.children) }];
		}
		case 'Aside': {
			const kind = ASIDE_TITLES[attribute(node, 'type') ?? 'note'] ?? 'Note';
			const title = attribute(node, 'title');
			return [{ type: 'box', title: title ? frenchTypography(title) : kind, blocks: blocks(node.children) }];
		}
		default:
			// Any other component prints its Markdown content, if it has some.
			return blocks(node.children);
	}
}

/** The printable blocks of an MDX page body, without the list items that lead to `hidden` pages. */
export function mdxBlocks(source: string, hidden: ReadonlySet<string> = new Set()): Block[] {
	return blocks(pruneHiddenItems(mdxToMdast(source) as unknown as Node, hidden).children);
}
