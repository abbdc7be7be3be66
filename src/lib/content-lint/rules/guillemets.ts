/** `"mot"` or `“mot”` → `« mot »`: French quotation marks, with a space inside (the build makes it a narrow no-break one). */
import { excerpt, proseMatches, type ProseMatch } from '../prose.ts';
import type { Finding, LintRule } from '../types.ts';
import { lintPattern, OPENING_CONTEXT } from '../../typography/rules.ts';

// Straight or English quotes; or guillemets with no space on their inner side.
const WRONG = lintPattern('guillemets');

function opens({ span, match }: ProseMatch): boolean {
	const index = match.index ?? 0;
	const previous = index > 0 ? span.text.charAt(index - 1) : span.before;
	return match[0] === '“' || match[0] === '«' || (match[0] === '"' && OPENING_CONTEXT.test(previous));
}

function replacement(found: ProseMatch): string {
	const mark = found.match[0];
	if (mark === '«') return '« ';
	if (mark === '»') return ' »';
	return opens(found) ? '« ' : ' »';
}

export const guillemets: LintRule = {
	id: 'guillemets',
	fix: 'écrivez les citations entre guillemets français, avec une espace à l’intérieur : « comme ceci ».',
	fixable: true,
	check(file) {
		const findings: Finding[] = [];
		const matches = [...proseMatches(file, WRONG)];
		for (let i = 0; i < matches.length; i++) {
			const found = matches[i];
			if (!found) continue;
			const index = found.match.index ?? 0;
			const mark = found.match[0];
			const edits = found.edit(index, index + mark.length, replacement(found));
			if (mark === '«' || mark === '»') {
				findings.push({
					offset: found.offset,
					message: `il manque une espace à l’intérieur des guillemets dans « ${excerpt(found.span.text, index, 1)} ».`,
					edits,
				});
				continue;
			}
			// An opening quote and its closing one are one mistake: one report, both fixed.
			const next = matches[i + 1];
			const pair =
				next && next.span === found.span && /["”]/.test(next.match[0]) && opens(found) && !opens(next) ? next : undefined;
			if (pair) i++;
			const end = pair ? (pair.match.index ?? 0) + 1 : index + 1;
			const closing = pair ? pair.edit(end - 1, end, ' »') : [];
			findings.push({
				offset: found.offset,
				message: `guillemets « ${mark}${pair ? ` ${pair.match[0]}` : ''} » au lieu de « » dans « ${excerpt(found.span.text, index, end - index)} ».`,
				edits: edits && closing ? [...edits, ...closing] : undefined,
			});
		}
		return findings;
	},
};
