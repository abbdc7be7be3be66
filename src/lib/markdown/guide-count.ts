/** Applies `recountGuides` to the text of every page, so « sept guides » says what is built. */
import type { HastPluginDefinition } from 'satteri';
import { recountGuides } from '../overlay/guide-count.ts';

export function guideCountPlugin({ upstream, built }: { upstream: number; built: number }): HastPluginDefinition {
	return {
		name: 'partenaire-guide-count',
		text(node, ctx) {
			const value = recountGuides(node.value, upstream, built);
			if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
		},
	};
}
