/**
 * `salarié·es`, `salarié(e)s` → `salariées et salariés`, or an epicene word: screen readers spell
 * out the abbreviated forms and search engines miss them.
 */
import { excerpt, proseMatches } from '../prose.ts';
import type { LintRule } from '../types.ts';

const ABBREVIATED =
	/\p{L}[·•∙]\p{L}|\p{L}\((?:e|es|s|x|ne|nes|le|les|se|ses|te|tes|trice|trices|rice|rices|euse|euses|ère|ères|ve|ves)\)/giu;

export const pointMedian: LintRule = {
	id: 'point-median',
	fix: 'écrivez les deux formes en entier (« les salariées et les salariés ») ou choisissez un mot épicène (« le personnel »).',
	fixable: false,
	check(file) {
		return [...proseMatches(file, ABBREVIATED)].map(({ span, match, offset }) => ({
			offset,
			message: `écriture inclusive abrégée dans « ${excerpt(span.text, match.index ?? 0, match[0].length)} ».`,
		}));
	},
};
