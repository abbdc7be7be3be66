/**
 * Finds French typography slips in rendered HTML: what the build should have fixed and did not,
 * whether the text came from Markdown, YAML data or a component.
 */
import { parse } from 'parse5';
import { NBSP, NNBSP } from './french.ts';
import { LITERAL_ELEMENTS } from './hast.ts';

interface Parse5Node {
	nodeName: string;
	value?: string;
	childNodes?: Parse5Node[];
	content?: Parse5Node;
	attrs?: { name: string; value: string }[];
}

const RULES: { name: string; pattern: RegExp }[] = [
	{ name: 'guillemet droit " au lieu de « »', pattern: /"/ },
	{ name: "apostrophe droite ' au lieu de ’", pattern: /'/ },
	{ name: 'guillemets anglais “ ” au lieu de « »', pattern: /[\u201C\u201D]/ },
	{ name: '« sans espace fine insécable après', pattern: new RegExp(`«(?!${NNBSP})`) },
	{ name: '» sans espace fine insécable avant', pattern: new RegExp(`(?<!${NNBSP})»`) },
	{ name: 'espace ordinaire avant : ; ! ?', pattern: / [:;!?](?=\s|$)/ },
	{ name: 'pas d’espace avant ; ! ?', pattern: /\p{L}[;!?](?=\s|$)/u },
	{ name: 'pas d’espace avant :', pattern: /\p{L}:(?=\s|$)/u },
	{ name: 'espace insécable ordinaire avant ; ! ?', pattern: new RegExp(`${NBSP}[;!?]`) },
];

/** Each slip with the rule it breaks and the text around it. */
export function proseSlips(html: string): string[] {
	const slips: string[] = [];
	const visit = (node: Parse5Node): void => {
		if (node.nodeName === '#text' && node.value) {
			for (const { name, pattern } of RULES) {
				const match = pattern.exec(node.value);
				if (match) {
					const at = match.index;
					slips.push(`${name} : « ${node.value.slice(Math.max(0, at - 30), at + 30).trim()} »`);
				}
			}
			return;
		}
		if (LITERAL_ELEMENTS.has(node.nodeName)) return;
		// Text marked as not French (a brand, an English term) keeps its own rules.
		if (
			node.attrs?.some(
				(attr) => (attr.name === 'lang' && !attr.value.startsWith('fr')) || (attr.name === 'translate' && attr.value === 'no'),
			)
		)
			return;
		for (const child of node.childNodes ?? []) visit(child);
		if (node.content) visit(node.content);
	};
	visit(parse(html) as unknown as Parse5Node);
	return slips;
}
