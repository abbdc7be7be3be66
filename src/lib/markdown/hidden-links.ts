/**
 * Links from the published pages to the pages a company hides (`hiddenPages`). A list item led by
 * such a link (« voir aussi », a step of a path: `- **Le guide** : [..](/guides/x/)`) is about that
 * page only, so it goes with it, and so does a link card; a link anywhere else stops the build,
 * naming the file and the line, since removing it would leave a sentence that points nowhere.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { ContributorError } from '../contributor-errors.ts';
import { linkedPageId } from '../overlay/hidden-targets.ts';
import { LINK_COMPONENTS } from './base-path-links.ts';

type AnyNode = Parameters<HastVisitorContext['removeNode']>[0];
type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

function isList(node: AnyNode): boolean {
	return node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
}

/** The first link of a list item, before any nested list. */
function firstLink(node: AnyNode): AnyNode | undefined {
	if (node.type === 'element' && node.tagName === 'a') return node;
	if (!('children' in node) || isList(node)) return undefined;
	for (const child of node.children as AnyNode[]) {
		const found = firstLink(child);
		if (found) return found;
	}
	return undefined;
}

function hrefOf(attributes: JsxElement['attributes']): string | undefined {
	for (const attribute of attributes) {
		if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'href' || attribute.name === 'link')) {
			return typeof attribute.value === 'string' ? attribute.value : undefined;
		}
	}
	return undefined;
}

export function hiddenLinksPlugin(hidden: ReadonlySet<string>, root: string): HastPluginDefinition {
	const removeCard = (node: Readonly<JsxElement>, ctx: HastVisitorContext) => {
		const id = linkedPageId(hrefOf(node.attributes) ?? '');
		if (id && hidden.has(id)) ctx.removeNode(node);
	};
	return {
		name: 'partenaire-hidden-links',
		options: { position: true },
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				const id = typeof href === 'string' ? linkedPageId(href) : undefined;
				if (!id || !hidden.has(id)) return;
				for (let parent: AnyNode | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
					if (parent.type === 'element' && parent.tagName === 'li') {
						// Nodes are materialised afresh on each read: the same link has the same source offset.
						if (firstLink(parent)?.position?.start.offset === node.position?.start.offset) {
							ctx.removeNode(parent);
							return;
						}
						break;
					}
				}
				const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)) : 'une page';
				throw new ContributorError(
					file,
					[
						{
							field: '',
							message: `ligne ${node.position?.start.line ?? '?'} : le lien vers /${id}/ mène à une page masquée par hiddenPages. Masquez aussi cette page-ci (ajoutez-la à hiddenPages), ou publiez de nouveau la page liée ; un lien placé en tête d’un élément de liste disparaît avec la page qu’il annonce.`,
						},
					],
					'lien-vers-page-masquee',
				);
			},
		},
		mdxJsxFlowElement: { filter: LINK_COMPONENTS, visit: removeCard },
		mdxJsxTextElement: { filter: LINK_COMPONENTS, visit: removeCard },
	};
}
