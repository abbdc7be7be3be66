/**
 * Puts the site's base path in front of every root-absolute link of the Markdown and MDX pages:
 * `<a href>` and the `href`/`link` props of link components.
 */
import type { HastPluginDefinition, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../base-path.ts';

/** Components whose props are link targets, and those props. */
export const LINK_COMPONENTS = ['LinkCard', 'LinkButton', 'Card'];
const LINK_PROPS = new Set(['href', 'link']);

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

export function basePathLinksPlugin(base: string): HastPluginDefinition {
	const rebaseProps = (node: Readonly<JsxElement>): JsxElement | undefined => {
		let changed = false;
		const attributes = node.attributes.map((attribute) => {
			if (attribute.type !== 'mdxJsxAttribute' || !LINK_PROPS.has(attribute.name) || typeof attribute.value !== 'string')
				return attribute;
			const value = withBase(attribute.value, base);
			if (value === attribute.value) return attribute;
			changed = true;
			return { ...attribute, value };
		});
		return changed ? ({ ...node, attributes } as JsxElement) : undefined;
	};
	return {
		name: 'partenaire-base-path-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (typeof href === 'string' && withBase(href, base) !== href) ctx.setProperty(node, 'href', withBase(href, base));
			},
		},
		mdxJsxFlowElement: { filter: LINK_COMPONENTS, visit: rebaseProps },
		mdxJsxTextElement: { filter: LINK_COMPONENTS, visit: rebaseProps },
	};
}
