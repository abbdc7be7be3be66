/** An image says what it shows to those who do not see it: Markdown's `![texte](…)` or `alt` in JSX. */
import type { Image } from 'mdast';
import { walk } from '../source.ts';
import type { LintRule } from '../types.ts';

interface JsxElement {
	type: string;
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	position?: Image['position'];
}

export const imageSansAlternative: LintRule = {
	id: 'image-sans-alternative',
	fix: 'décrivez l’image entre les crochets : ![Ce que montre l’image](adresse), ou dans alt="…".',
	fixable: false,
	check(file) {
		if (!file.tree) return [];
		const findings = [];
		for (const node of walk(file.tree)) {
			if (node.type === 'image' && !(node as Image).alt?.trim())
				findings.push({
					offset: node.position?.start.offset ?? 0,
					message: `l’image ${(node as Image).url} n’a pas de texte alternatif.`,
				});
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				const element = node as unknown as JsxElement;
				// alt="" is an explicit choice for a decorative image; a missing alt is an oversight.
				if (
					(element.name === 'img' || element.name === 'Image') &&
					!element.attributes.some((attribute) => attribute.name === 'alt')
				)
					findings.push({
						offset: element.position?.start.offset ?? 0,
						message: `la balise <${element.name}> n’a pas d’attribut alt.`,
					});
			}
		}
		return findings;
	},
};
