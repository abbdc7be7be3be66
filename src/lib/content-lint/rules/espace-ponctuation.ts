/** `Note: voici` → `Note : voici`: French puts a space before : ; ! ? (the build makes it a no-break one). */
import { excerpt, proseMatches } from '../prose.ts';
import type { LintRule } from '../types.ts';
import { lintPattern } from '../../typography/rules.ts';

// A word, a closing bracket or quote, then the mark, then a space or the end: « 14:30 » and « https: » stay.
const MISSING = lintPattern('espace-ponctuation');

export const espacePonctuation: LintRule = {
	id: 'espace-ponctuation',
	fix: 'ajoutez une espace avant « : », « ; », « ! » et « ? ».',
	fixable: true,
	check(file) {
		const findings = [];
		for (const { span, match, offset, edit } of proseMatches(file, MISSING)) {
			const index = match.index ?? 0;
			findings.push({
				offset,
				message: `il manque une espace avant « ${match[0]} » dans « ${excerpt(span.text, index, match[0].length)} ».`,
				edits: edit(index, index, ' '),
			});
		}
		// A span that starts with the mark, right after bold text, code or a link: `**Note**: voici`.
		for (const span of file.prose) {
			if (/^[:;!?](?=\s|$)/.test(span.text) && /[^\s([{«'"]/.test(span.before) && span.before !== '') {
				findings.push({
					offset: span.start,
					message: `il manque une espace avant « ${span.text.charAt(0)} » dans « ${excerpt(span.text, 0, 1)} ».`,
					edits: span.exact ? [{ start: span.start, end: span.start, replacement: ' ' }] : undefined,
				});
			}
		}
		return findings;
	},
};
