/**
 * Links the first use of each glossary term in a guide to its definition on /glossaire/, once per
 * term and per page, so that a reader who meets « charge mentale organisationnelle » for the first
 * time is one link away from what it means. The link's name is the word itself: no tooltip.
 *
 * Only in guides (pages whose front matter says `type: guide`, upstream's or a company's), and
 * only in running text: never in a heading, a link, code, a button, an aside's title (hidden from
 * assistive technologies, where a link could not be reached) or a « Ce que vous pouvez dire »
 * script, which is read aloud or copied as it is. Component props are never text, so never linked.
 *
 * It runs before the typography and base-path steps, which treat the new links like any other.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from 'satteri';
import { termFinder, type FinderTerm } from '../glossary/term-finder.ts';
import { termLink } from '../glossary/terms.ts';
import { LITERAL_ELEMENTS } from '../typography/hast.ts';

type AnyNode = Parameters<HastVisitorContext['textContent']>[0];

/** The class of the links, styled in partenaire.css. */
export const GLOSSARY_LINK_CLASS = 'glossary-term';

/** Elements whose text is not running prose, or where a link would be a link inside a control. */
const NOT_PROSE = new Set([
	...LITERAL_ELEMENTS,
	...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'label', 'select', 'summary', 'abbr', 'dfn'],
]);
/** MDX components whose text is said or sent as written. */
const SCRIPT_COMPONENTS = new Set(['WhatToSay']);
/** Starlight's aside title is `aria-hidden`: the aside's label already says it. */
const NOT_PROSE_CLASSES = ['starlight-aside__title'];

function classesOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Whether text inside this element is running prose, by its name and attributes. */
function isProseElement(name: string, attribute: (name: string) => unknown): boolean {
	const hidden = attribute('ariaHidden') ?? attribute('aria-hidden');
	const classes = classesOf(attribute('className') ?? attribute('class'));
	return (
		!NOT_PROSE.has(name) &&
		!SCRIPT_COMPONENTS.has(name) &&
		hidden !== 'true' &&
		hidden !== true &&
		!classes.some((name) => NOT_PROSE_CLASSES.includes(name))
	);
}

function isProseAncestor(node: AnyNode): boolean {
	if (node.type === 'element') {
		const properties = node.properties as Record<string, unknown> | undefined;
		return isProseElement(node.tagName, (name) => properties?.[name]);
	}
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		// Written as JSX in an MDX page: `<a href>`, `<p aria-hidden="true">`, a component.
		return isProseElement(node.name ?? '', (name) => {
			const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
			return attribute && 'value' in attribute ? (attribute.value ?? true) : undefined;
		});
	}
	return true;
}

function inProse(node: AnyNode, ctx: HastVisitorContext): boolean {
	for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
		if (!isProseAncestor(parent as AnyNode)) return false;
	}
	return true;
}

/** The published terms, and the absolute paths of the guides' files (glossaryLinking()). */
export interface GlossaryLinksOptions {
	terms: readonly FinderTerm[];
	guideFiles: ReadonlySet<string>;
}

export function glossaryLinksPlugin({ terms, guideFiles }: GlossaryLinksOptions): HastPluginEntry {
	const find = termFinder(terms);
	return ({ fileURL }) => {
		if (terms.length === 0 || !fileURL || !guideFiles.has(fileURLToPath(fileURL))) return null;
		// A new set for each page: the first use is counted page by page.
		const linked = new Set<string>();
		const plugin: HastPluginDefinition = {
			name: 'partenaire-glossary-links',
			text(node, ctx) {
				const matches = find(node.value, linked);
				if (matches.length === 0 || !inProse(node, ctx)) return;
				const pieces: AnyNode[] = [];
				let at = 0;
				for (const { id, start, end } of matches) {
					linked.add(id);
					if (start > at) pieces.push({ type: 'text', value: node.value.slice(at, start) });
					pieces.push({
						type: 'element',
						tagName: 'a',
						properties: { href: termLink(id), className: [GLOSSARY_LINK_CLASS] },
						children: [{ type: 'text', value: node.value.slice(start, end) }],
					});
					at = end;
				}
				if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
				ctx.replaceNode(node, pieces);
			},
		};
		return plugin;
	};
}
