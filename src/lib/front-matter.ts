/**
 * The one reader of a page's front matter: the block between two `---` lines at the very start of
 * an MDX or Markdown file, as Astro reads it. Everything that needs a page's fields (the sidebar,
 * the content linter, the benches, the tests) goes through here rather than its own regex.
 */
import { parse } from 'yaml';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

export interface FrontMatterBlock {
	/** The YAML between the two `---` lines. */
	yaml: string;
	/** Offset in the file of the YAML's first character (the line after the opening `---`). */
	start: number;
	/** Offset just past the closing `---` line: where the body begins. */
	end: number;
	/** The text after the front matter. */
	body: string;
}

/** The front matter block of a page, or `undefined` when the file does not start with one. */
export function splitFrontMatter(text: string): FrontMatterBlock | undefined {
	if (!text.startsWith('---')) return undefined;
	const match = FRONT_MATTER.exec(text);
	if (!match || match.index !== 0) return undefined;
	const yaml = match[1] ?? '';
	const start = text.indexOf('\n') + 1;
	return { yaml, start, end: match[0].length, body: text.slice(match[0].length) };
}

/**
 * The fields of a page, or `{}` when it has no front matter or its YAML does not parse: callers
 * that only read fields leave syntax errors to the content checks, which report them with a line.
 */
export function readFrontMatter(text: string): Record<string, unknown> {
	const block = splitFrontMatter(text);
	if (!block) return {};
	try {
		const data: unknown = parse(block.yaml);
		return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}
