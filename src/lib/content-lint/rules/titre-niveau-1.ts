/** The title of the front matter is the page's only h1; the body starts at `##`. */
import type { Heading } from 'mdast';
import { textOf, walk } from '../source.ts';
import type { LintRule } from '../types.ts';

export const titreNiveau1: LintRule = {
	id: 'titre-niveau-1',
	fix: 'écrivez ce titre avec « ## » : le champ title est déjà le titre de niveau 1 de la page.',
	fixable: false,
	check(file) {
		if (!file.tree) return [];
		return [...walk(file.tree)]
			.filter((node): node is Heading => node.type === 'heading' && (node as Heading).depth === 1)
			.map((heading) => ({
				offset: heading.position?.start.offset ?? 0,
				message: `titre de niveau 1 « ${textOf(heading)} » dans le texte.`,
			}));
	},
};
