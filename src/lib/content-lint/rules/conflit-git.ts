/**
 * Lines left by a Git merge (`<<<<<<<`, `>>>>>>>`): the file holds two versions at once. The
 * marker test is the overlay's (src/lib/overlay/conflict-markers.ts), which stops the site's
 * configuration from loading; here it is reported with the other mistakes of every file.
 */
import { markerLine } from '../../overlay/conflict-markers.ts';
import { offsetOf } from '../source.ts';
import type { LintRule } from '../types.ts';

export function hasConflictMarkers(text: string, markdown: boolean): boolean {
	return markerLine(text, markdown) !== undefined;
}

export const conflitGit: LintRule = {
	id: 'conflit-git',
	fix: 'gardez la bonne version du passage entre les marques, puis supprimez les trois lignes <<<<<<<, ======= et >>>>>>>.',
	fixable: false,
	blocksBuild: true,
	check(file) {
		const line = markerLine(file.text, file.kind === 'mdx');
		if (line === undefined) return [];
		return [
			{
				offset: offsetOf(file.text, line, 1),
				message: 'marques de conflit git : la fusion de deux versions n’a pas été terminée.',
			},
		];
	},
};
