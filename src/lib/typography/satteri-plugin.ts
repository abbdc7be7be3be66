/**
 * The Sätteri hast plugin that applies French typography to the prose of every Markdown and MDX
 * page, at the depth where the text is still text: after parsing, before HTML is written.
 */
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { frenchTypography } from './french.ts';
import { INLINE_ELEMENTS, LITERAL_ELEMENTS } from './hast.ts';

type AnyNode = Parameters<HastVisitorContext['textContent']>[0];

function isElementLike(node: AnyNode): node is AnyNode & { tagName?: string; name?: string | null } {
	return node.type === 'element' || node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function elementName(node: AnyNode): string {
	if (node.type === 'element') return node.tagName;
	if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') return node.name ?? '';
	return '';
}

/** An element that continues the surrounding sentence (HTML inline tags, inline JSX). */
function isInline(node: AnyNode): boolean {
	if (node.type === 'mdxJsxTextElement') return true;
	return node.type === 'element' && INLINE_ELEMENTS.has(node.tagName);
}

function insideLiteral(node: AnyNode, ctx: HastVisitorContext): boolean {
	for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
		if (isElementLike(parent) && LITERAL_ELEMENTS.has(elementName(parent))) return true;
	}
	return false;
}

/** The text that precedes `node` in its block, read back through inline ancestors. */
function textBefore(node: AnyNode, ctx: HastVisitorContext): string {
	let current: AnyNode = node;
	for (;;) {
		const parent = ctx.parent(current);
		const index = ctx.indexOf(current);
		if (!parent || index === undefined) return '';
		for (let i = index - 1; i >= 0; i--) {
			const sibling = parent.children[i] as AnyNode;
			if (isElementLike(sibling) && !isInline(sibling) && !LITERAL_ELEMENTS.has(elementName(sibling))) return '';
			const text = ctx.textContent(sibling);
			if (text) return text;
		}
		if (!isInline(parent as AnyNode)) return '';
		current = parent as AnyNode;
	}
}

/** MDX components whose string props are prose shown to readers, and those props. */
export const PROSE_COMPONENTS = ['Aside', 'Card', 'LinkCard', 'LinkButton', 'Template', 'TabItem', 'Badge'];
export const PROSE_PROPS = new Set(['title', 'description', 'label', 'text']);

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** The same element with its prose props typographed, or nothing when none changes. */
function typographProps(node: Readonly<JsxElement>): JsxElement | undefined {
	let changed = false;
	const attributes = node.attributes.map((attribute) => {
		if (attribute.type !== 'mdxJsxAttribute' || !PROSE_PROPS.has(attribute.name) || typeof attribute.value !== 'string')
			return attribute;
		const value = frenchTypography(attribute.value);
		if (value === attribute.value) return attribute;
		changed = true;
		return { ...attribute, value };
	});
	return changed ? ({ ...node, attributes } as JsxElement) : undefined;
}

export function frenchTypographyPlugin(): HastPluginDefinition {
	return {
		name: 'partenaire-french-typography',
		text(node, ctx) {
			if (insideLiteral(node, ctx)) return undefined;
			const value = frenchTypography(node.value, textBefore(node, ctx));
			return value === node.value ? undefined : { type: 'text', value };
		},
		mdxJsxFlowElement: { filter: PROSE_COMPONENTS, visit: typographProps },
		mdxJsxTextElement: { filter: PROSE_COMPONENTS, visit: typographProps },
	};
}
