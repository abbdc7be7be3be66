/**
 * What the printed documents are made of: a page's blocks and runs of text, as mdast-blocks.ts
 * reads them from MDX, and the livre blanc and the Word files lay them out. Apart from the
 * reading, so that the renderers never load the MDX parser.
 */

/** A run of text with its emphasis; `link` makes it clickable in the PDF. */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	link?: string;
}

export type Block =
	| { type: 'heading'; depth: number; text: string }
	| { type: 'paragraph'; runs: Run[] }
	| { type: 'list'; ordered: boolean; start: number; items: Block[][] }
	| { type: 'quote'; blocks: Block[] }
	| { type: 'table'; header: string[]; rows: string[][] }
	/** A highlighted box: asides, <KeyIdea>, <SelfAssessment>, <WhatToSay>, <Template>. */
	| { type: 'box'; title: string; blocks: Block[] }
	/** <Checklist id="…" />, printed from its YAML by the caller. */
	| { type: 'checklist'; id: string }
	/** The addresses of the outside links of the page, numbered in the order they appear. */
	| { type: 'notes'; addresses: string[] };

/** A <Template> of a page: its title, its printable blocks and its Markdown as the author wrote it. */
export interface PageTemplate {
	title: string;
	blocks: Block[];
	markdown: string;
}

/** The text of runs, without their emphasis. */
export function plainText(list: Run[]): string {
	return list.map((run) => run.text).join('');
}
