/** `##` then `####`: a screen reader's list of headings shows a hole, and the outline breaks. */
import type { Heading } from 'mdast';
import { textOf, walk } from '../source.ts';
import type { LintRule } from '../types.ts';

export const niveauDeTitreSaute: LintRule = {
	id: 'niveau-de-titre-saute',
	fix: 'descendez d’un niveau à la fois : sous un « ## » vient un « ### », pas un « #### ».',
	fixable: false,
	check(file) {
		if (!file.tree) return [];
		let previous = 1; // the title of the front matter
		const findings = [];
		for (const node of walk(file.tree)) {
			if (node.type !== 'heading') continue;
			const { depth } = node as Heading;
			if (depth > previous + 1)
				findings.push({
					offset: node.position?.start.offset ?? 0,
					message: `le titre « ${textOf(node)} » est de niveau ${depth} juste après un niveau ${previous}.`,
				});
			previous = depth;
		}
		return findings;
	},
};
