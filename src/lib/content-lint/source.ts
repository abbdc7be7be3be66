/**
 * Reads a content file into what the rules check: its fields (front matter or YAML), its body as
 * a Markdown tree, and the runs of prose a reader sees. Code, JSX tags, imports, expressions,
 * URLs and YAML keys are never prose, so no rule ever touches them.
 *
 * Reading never throws: a file whose MDX or YAML does not parse carries its syntax error, which
 * a rule reports at its line, and the other rules check what could be read.
 */
import type { Node, Parent, Root, Text } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml';
import { splitFrontMatter } from '../front-matter.ts';
import { explainMdxError } from './mdx-errors.ts';
import { PROSE_KEYS } from './schema-fields.ts';
import { explainYamlError } from './yaml-errors.ts';
import type { ProseSpan, SourceFile } from './types.ts';

/** Nodes whose content is code or syntax, never prose. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml']);

export function isPage(path: string): boolean {
	return path.endsWith('.mdx') || path.endsWith('.md');
}

export function readSource(path: string, text: string): SourceFile {
	return isPage(path) ? readPage(path, text) : readYamlFile(path, text);
}

function readYamlFile(path: string, text: string): SourceFile {
	const fields = readFields(text, 0);
	return { path, kind: 'yaml', text, fields: { start: 0, end: text.length, text, ...fields }, prose: fields.prose };
}

function readPage(path: string, text: string): SourceFile {
	const file: SourceFile = { path, kind: 'mdx', text, prose: [] };
	const block = splitFrontMatter(text);
	if (block) {
		const fields = readFields(block.yaml, block.start);
		file.fields = { start: block.start, end: block.start + block.yaml.length, text: block.yaml, ...fields };
		file.prose.push(...fields.prose);
	}
	try {
		// A .md page is plain Markdown for Astro: reading it as MDX would invent errors.
		file.tree = (path.endsWith('.md') ? markdownToMdast(text) : mdxToMdast(text)) as Root;
	} catch (error) {
		const problem = explainMdxError(error);
		file.syntaxError = { offset: offsetOf(text, problem.line, problem.column), message: problem.message };
	}
	if (file.tree) collectText(file.tree, text, file.prose);
	return file;
}

function readFields(
	text: string,
	base: number,
): Omit<NonNullable<SourceFile['fields']>, 'start' | 'end' | 'text'> & { prose: ProseSpan[] } {
	const document = parseDocument(text);
	const [first] = document.errors;
	if (first) {
		const problem = explainYamlError(first, text);
		return { data: {}, prose: [], valid: false, document, syntaxError: { ...problem, offset: base + problem.offset } };
	}
	const data = (document.toJS() ?? {}) as Record<string, unknown>;
	const prose: ProseSpan[] = [];
	const visit = (node: YamlNode | null, isProse: boolean): void => {
		if (isMap(node))
			for (const pair of node.items) visit(pair.value as YamlNode, isScalar(pair.key) && PROSE_KEYS.has(String(pair.key.value)));
		else if (isSeq(node)) for (const item of node.items) visit(item as YamlNode, isProse);
		else if (isScalar(node) && isProse && typeof node.value === 'string' && node.range) {
			const [from] = node.range;
			// Quotes delimit the value: the prose is inside. Escapes or folded lines make it inexact.
			const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
			const start = quoted ? from + 1 : from;
			const exact = text.slice(start, start + node.value.length) === node.value && node.type !== Scalar.QUOTE_SINGLE;
			prose.push({ start: base + start, text: node.value, exact, before: start > 0 ? text.charAt(start - 1) : '' });
		}
	};
	visit(document.contents as YamlNode, false);
	return { data, prose, valid: true, document };
}

function collectText(node: Node, source: string, out: ProseSpan[]): void {
	if (NOT_PROSE.has(node.type)) return;
	if (node.type === 'link' && isAutolink(node as Parent & { url: string })) return;
	if (node.type === 'text') {
		const { value, position } = node as Text;
		const start = position?.start.offset;
		if (start === undefined) return;
		out.push({
			start,
			text: value,
			exact: source.slice(start, start + value.length) === value,
			before: source.charAt(start - 1),
		});
		return;
	}
	if ('children' in node) for (const child of (node as Parent).children) collectText(child, source, out);
}

/** A bare address that Markdown turned into a link: an address, not prose. */
function isAutolink(link: Parent & { url: string }): boolean {
	const [only] = link.children;
	return link.children.length === 1 && only?.type === 'text' && link.url.endsWith(only.value.replace(/^mailto:/, ''));
}

/** The plain text of a node: what a link or a heading says. */
export function textOf(node: Node): string {
	if ('value' in node && typeof node.value === 'string' && !NOT_PROSE.has(node.type)) return node.value;
	if (node.type === 'inlineCode' && 'value' in node) return String(node.value);
	return 'children' in node ? (node as Parent).children.map(textOf).join('') : '';
}

/** Every node of the body, in document order. */
export function* walk(node: Node): Generator<Node> {
	yield node;
	if ('children' in node) for (const child of (node as Parent).children) yield* walk(child);
}

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** The offset of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let current = 1; current < line; current++) {
		const next = text.indexOf('\n', offset);
		if (next === -1) break;
		offset = next + 1;
	}
	return Math.min(text.length, offset + column - 1);
}

/** Addresses and e-mails keep every character as typed: hide them from the typography rules. */
const ADDRESS = /\b(?:https?:\/\/|mailto:|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S+\.(?:mdx|yaml|ts|astro|json)\b/g;

export function maskAddresses(text: string): string {
	return text.replace(ADDRESS, (match) => ' '.repeat(match.length));
}
