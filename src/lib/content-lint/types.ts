/** The shapes shared by the content linter, its rules and its two scripts. */
import type { Root } from 'mdast';
import type { Document } from 'yaml';
import type { ErrorSlug } from '../contributor-errors.ts';
import type { Publication } from '../overlay/publication.ts';
import type { YamlProblem } from './yaml-errors.ts';

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
	fields?: {
		start: number;
		end: number;
		text: string;
		data: Record<string, unknown>;
		/** Whether the YAML parsed: when not, `syntaxError` says where and why. */
		valid: boolean;
		/** The parsed YAML, to find the line of a field. */
		document: Document;
		/** The first YAML error, its offset in the file. */
		syntaxError?: YamlProblem;
	};
	/** The body of a page as Markdown's syntax tree (front matter included as a `yaml` node). */
	tree?: Root;
	/** Why the page's MDX could not be read, at its offset in the file: then `tree` is absent. */
	syntaxError?: { offset: number; message: string };
	prose: ProseSpan[];
}

export interface Finding {
	offset: number;
	/** What is wrong, here, in one sentence. */
	message: string;
	edits?: Edit[] | undefined;
	/** The catalogue page, when a rule reports several kinds of error (the schemas do). */
	id?: ErrorSlug;
	/** How to put it right, when it is not the rule's general fix. */
	fix?: string;
}

/** What rules need to know beyond the files: where the project is. */
export interface LintContext {
	/** The project root, where `content/`, `public/` and `src/components/` are. */
	root: string;
	/** What the build publishes (src/lib/overlay/publication.ts), when the site's settings load. */
	publication?: Publication | undefined;
}

export interface LintRule {
	id: ErrorSlug;
	/** How to put it right, in one sentence. */
	fix: string;
	/** Whether `npm run fix:content` repairs it. */
	fixable: boolean;
	/** Whether the build refuses it too (src/integrations/content-checks.ts): a mistake, not a style. */
	blocksBuild?: boolean;
	check(file: SourceFile, all: readonly SourceFile[], context: LintContext): Finding[];
}

export interface Report extends Finding {
	file: string;
	line: number;
	column: number;
	rule: LintRule;
	/** The catalogue page: the finding's own, or its rule's. */
	id: ErrorSlug;
	fix: string;
}
