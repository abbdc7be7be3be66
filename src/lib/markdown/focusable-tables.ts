/**
 * Makes every Markdown table reachable by keyboard. Starlight lets a wide table scroll
 * sideways inside its own box; a reader who cannot use a mouse must be able to focus that box
 * to scroll it (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
import type { HastPluginDefinition } from 'satteri';

export function focusableTablesPlugin(): HastPluginDefinition {
	return {
		name: 'partenaire-focusable-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				ctx.setProperty(node, 'tabIndex', 0);
			},
		},
	};
}
