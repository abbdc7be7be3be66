/**
 * Finds French typography slips in rendered HTML: what the build should have fixed and did not,
 * whether the text came from Markdown, YAML data or a component.
 */
import { parse } from 'parse5';
import { LITERAL_ELEMENTS } from './hast.ts';
import { TYPOGRAPHY_RULES } from './rules.ts';

interface Parse5Node {
	nodeName: string;
	value?: string;
	childNodes?: Parse5Node[];
	content?: Parse5Node;
	attrs?: { name: string; value: string }[];
}

/** Each rule of `rules.ts` with what a slip of it looks like in typographed text. */
const SLIPS = TYPOGRAPHY_RULES.map((rule) => ({ name: rule.name, pattern: new RegExp((rule.slip ?? rule.find).source, 'u') }));

/** Each slip with the rule it breaks and the text around it. */
export function proseSlips(html: string): string[] {
	const slips: string[] = [];
	const visit = (node: Parse5Node): void => {
		if (node.nodeName === '#text' && node.value) {
			for (const { name, pattern } of SLIPS) {
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
