/**
 * Reads a content file into what the rules check: its fields (front matter or YAML), its body as
 * a Markdown tree, and the runs of prose a reader sees. Code, JSX tags, imports, expressions,
 * URLs and YAML keys are never prose, so no rule ever touches them.
 */
import type { Node, Parent, Root, Text } from 'mdast';
import { mdxToMdast } from 'satteri';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml';
import type { ProseSpan, SourceFile } from './types.ts';

/** YAML fields whose values are prose, in any collection. */
const PROSE_KEYS = new Set([
	'title',
	'description',
	'summary',
	'label',
	'help',
	'term',
	'definition',
	'publisher',
	'genre',
	'ideas',
	'caveat',
	'published',
]);

/** Nodes whose content is code or syntax, never prose. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'yaml']);

export function readSource(path: string, text: string): SourceFile {
	return path.endsWith('.mdx') || path.endsWith('.md') ? readPage(path, text) : readYamlFile(path, text);
}

function readYamlFile(path: string, text: string): SourceFile {
	const { data, prose, valid } = readFields(text, 0);
	return { path, kind: 'yaml', text, fields: { start: 0, end: text.length, text, data, valid }, prose };
}

function readPage(path: string, text: string): SourceFile {
	const tree = mdxToMdast(text) as Root;
	const first = tree.children[0];
	const file: SourceFile = { path, kind: 'mdx', text, tree, prose: [] };
	if (first?.type === 'yaml' && first.position?.start.offset !== undefined) {
		const start = text.indexOf('\n', first.position.start.offset) + 1;
		const end = start + first.value.length;
		const { data, prose, valid } = readFields(first.value, start);
		file.fields = { start, end, text: first.value, data, valid };
		file.prose.push(...prose);
	}
	collectText(tree, text, file.prose);
	return file;
}

function readFields(text: string, base: number): { data: Record<string, unknown>; prose: ProseSpan[]; valid: boolean } {
	const document = parseDocument(text);
	// The build reports a YAML error itself, with its line: the rules leave such a file alone.
	if (document.errors.length > 0) return { data: {}, prose: [], valid: false };
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
	return { data, prose, valid: true };
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

/** Addresses and e-mails keep every character as typed: hide them from the typography rules. */
const ADDRESS = /\b(?:https?:\/\/|mailto:|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S+\.(?:mdx|yaml|ts|astro|json)\b/g;

export function maskAddresses(text: string): string {
	return text.replace(ADDRESS, (match) => ' '.repeat(match.length));
}
