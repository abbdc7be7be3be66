/**
 * The body of a page made by `npm run new` holds placeholders too. The schemas refuse those of the
 * front matter when the site builds; this rule finds those of the body, which no schema reads.
 */
import { PLACEHOLDER } from '../../../schemas/shared.ts';
import { walk } from '../source.ts';
import type { LintRule } from '../types.ts';

export const texteARemplir: LintRule = {
	id: 'texte-a-remplir',
	fix: `remplacez chaque « ${PLACEHOLDER} » par votre texte.`,
	fixable: false,
	check(file) {
		if (file.kind !== 'mdx') return [];
		const bodyStart = file.fields ? file.fields.end : 0;
		// Code shows the placeholder on purpose (the catalogue's own examples): only prose counts.
		const code = file.tree
			? [...walk(file.tree)]
					.filter((node) => node.type === 'code' || node.type === 'inlineCode')
					.map((node) => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0] as const)
			: [];
		const findings = [];
		for (let at = file.text.indexOf(PLACEHOLDER, bodyStart); at !== -1; at = file.text.indexOf(PLACEHOLDER, at + 1)) {
			if (code.some(([start, end]) => at >= start && at < end)) continue;
			const line = file.text.slice(
				file.text.lastIndexOf('\n', at) + 1,
				file.text.indexOf('\n', at) === -1 ? undefined : file.text.indexOf('\n', at),
			);
			findings.push({ offset: at, message: `texte à remplacer : « ${line.trim()} ».` });
		}
		return findings;
	},
};
