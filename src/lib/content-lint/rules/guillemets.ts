/** `"mot"` or `“mot”` → `« mot »`: French quotation marks, with a space inside (the build makes it a narrow no-break one). */
import { excerpt, proseMatches } from '../prose.ts';
import type { LintRule } from '../types.ts';

// Straight or English quotes; or guillemets with no space on their inner side.
const WRONG = /["“”]|«(?=[^\s\u00A0\u202F])|(?<=[^\s\u00A0\u202F])»/g;
const OPENS_AFTER = /^$|[\s([{\u2014\u2013/-]$/u;

export const guillemets: LintRule = {
	id: 'guillemets',
	fix: 'écrivez les citations entre guillemets français, avec une espace à l’intérieur : « comme ceci ».',
	fixable: true,
	check(file) {
		const findings = [];
		for (const { span, match, offset, edit } of proseMatches(file, WRONG)) {
			const index = match.index ?? 0;
			const mark = match[0];
			const previous = index > 0 ? span.text.charAt(index - 1) : span.before;
			const opening = mark === '“' || mark === '«' || (mark === '"' && OPENS_AFTER.test(previous));
			const replacement = mark === '«' ? '« ' : mark === '»' ? ' »' : opening ? '« ' : ' »';
			findings.push({
				offset,
				message:
					mark === '«' || mark === '»'
						? `il manque une espace à l’intérieur des guillemets dans « ${excerpt(span.text, index, 1)} ».`
						: `guillemets « ${mark} » au lieu de « » dans « ${excerpt(span.text, index, 1)} ».`,
				edits: edit(index, index + 1, replacement),
			});
		}
		return findings;
	},
};
