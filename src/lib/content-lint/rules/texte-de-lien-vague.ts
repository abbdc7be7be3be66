/** « cliquez ici » says nothing out of context: screen readers list links by their text alone. */
import type { Link } from 'mdast';
import { textOf, walk } from '../source.ts';
import type { LintRule } from '../types.ts';

const VAGUE = new Set([
	'ici',
	'cliquez ici',
	'cliquer ici',
	'clic ici',
	'lien',
	'ce lien',
	'le lien',
	'en savoir plus',
	'plus',
	'voir',
	'voir ici',
	'là',
	'page',
	'cette page',
	'suite',
	'lire la suite',
]);

export const texteDeLienVague: LintRule = {
	id: 'texte-de-lien-vague',
	fix: 'faites du texte du lien le nom de ce vers quoi il mène : « le guide sur la charge invisible ».',
	fixable: false,
	check(file) {
		if (!file.tree) return [];
		return [...walk(file.tree)]
			.filter((node): node is Link => node.type === 'link')
			.filter((link) =>
				VAGUE.has(
					textOf(link)
						.trim()
						.toLocaleLowerCase('fr')
						.replace(/[\s.…:!]+$/u, ''),
				),
			)
			.map((link) => ({
				offset: link.position?.start.offset ?? 0,
				message: `le texte de lien « ${textOf(link).trim()} » ne dit pas où il mène (${link.url}).`,
			}));
	},
};
