/** `l'idée` → `l’idée`: the typographic apostrophe. */
import { excerpt, proseMatches } from '../prose.ts';
import type { LintRule } from '../types.ts';
import { lintPattern } from '../../typography/rules.ts';

const STRAIGHT = lintPattern('apostrophe-droite');

export const apostropheDroite: LintRule = {
	id: 'apostrophe-droite',
	fix: "remplacez l’apostrophe droite ' par l’apostrophe typographique ’.",
	fixable: true,
	check(file) {
		return [...proseMatches(file, STRAIGHT)].map(({ span, match, offset, edit }) => ({
			offset,
			message: `apostrophe droite dans « ${excerpt(span.text, match.index ?? 0, 1)} ».`,
			edits: edit(match.index ?? 0, (match.index ?? 0) + 1, '’'),
		}));
	},
};
