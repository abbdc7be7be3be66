/** Lines left by a Git merge (`<<<<<<<`, `=======`, `>>>>>>>`): the file holds two versions at once. */
import { walk } from '../source.ts';
import type { LintRule } from '../types.ts';

const MARKER = /^(?:<{7}|={7}|>{7})(?: .*)?$/gm;

export const marqueurDeConflit: LintRule = {
	id: 'marqueur-de-conflit',
	fix: 'gardez la bonne version du passage entre les marqueurs, puis supprimez les trois lignes <<<<<<<, ======= et >>>>>>>.',
	fixable: false,
	blocksBuild: true,
	check(file) {
		// The catalogue shows markers in code blocks, on purpose.
		const code = file.tree
			? [...walk(file.tree)]
					.filter((node) => node.type === 'code')
					.map((node) => [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0] as const)
			: [];
		return [...file.text.matchAll(MARKER)]
			.filter((match) => !code.some(([start, end]) => match.index >= start && match.index < end))
			.map((match) => ({
				offset: match.index,
				message: `marqueur de conflit Git « ${match[0].slice(0, 7)} » : la fusion de deux versions n’a pas été terminée.`,
			}));
	},
};

export function hasConflictMarkers(text: string): boolean {
	return new RegExp(MARKER.source, 'm').test(text);
}
