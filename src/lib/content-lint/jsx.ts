/** The JSX elements of an MDX tree, in the shape the rules read (mdast-util-mdx-jsx's). */
import type { Node } from 'mdast';
import { walk } from './source.ts';

export interface JsxAttribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	value?: string | { type: 'mdxJsxAttributeValueExpression'; value: string } | null;
}

export interface JsxElement extends Node {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: JsxAttribute[];
	children: Node[];
}

export function isJsxElement(node: Node): node is JsxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

export function* jsxElements(tree: Node | undefined): Generator<JsxElement> {
	if (!tree) return;
	for (const node of walk(tree)) if (isJsxElement(node)) yield node;
}

/** A component is capitalised (`KeyIdea`) or namespaced; lower-case names are HTML elements. */
export function isComponentName(name: string): boolean {
	return /^[A-Z]/.test(name) || name.includes('.');
}

export function stringAttribute(element: JsxElement, name: string): string | undefined {
	const attribute = element.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
	return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

export function offsetOfNode(node: Node): number {
	return node.position?.start.offset ?? 0;
}
