/** The shapes shared by the content linter, its rules and its two scripts. */
import type { Root } from 'mdast';
import type { ErrorSlug } from '../contributor-errors.ts';

/** Replace `text.slice(start, end)` by `replacement`. */
export interface Edit {
	start: number;
	end: number;
	replacement: string;
}

/** A run of prose readers will see, located in the source so that a fix can rewrite it. */
export interface ProseSpan {
	start: number;
	/** Exactly `source.slice(start, start + text.length)` when `exact`; otherwise only close by. */
	text: string;
	exact: boolean;
	/** The character just before the span in the source: whether a quote opens or closes. */
	before: string;
}

export interface SourceFile {
	/** Relative to the project root, with forward slashes: how messages name it. */
	path: string;
	kind: 'mdx' | 'yaml';
	text: string;
	/** Front matter of a page, or the whole YAML file: `start` is the offset of its first key. */
	fields?: { start: number; end: number; text: string; data: Record<string, unknown>; valid: boolean };
	/** The body of a page as Markdown's syntax tree (front matter excluded). */
	tree?: Root;
	prose: ProseSpan[];
}

export interface Finding {
	offset: number;
	/** What is wrong, here, in one sentence. */
	message: string;
	edits?: Edit[] | undefined;
}

export interface LintRule {
	id: ErrorSlug;
	/** How to put it right, in one sentence. */
	fix: string;
	/** Whether `npm run fix:content` repairs it. */
	fixable: boolean;
	check(file: SourceFile, all: readonly SourceFile[]): Finding[];
}

export interface Report extends Finding {
	file: string;
	line: number;
	column: number;
	rule: LintRule;
}
