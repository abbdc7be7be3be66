/**
 * The YAML of a data file or of a page's front matter does not parse. One report per file, at the
 * first error: the ones after it follow from it.
 */
import type { LintRule } from '../types.ts';
import { hasConflictMarkers } from './conflit-git.ts';

export const yamlMalforme: LintRule = {
	id: 'yaml-malforme',
	fix: 'corrigez la ligne indiquée : espaces et non tabulations, champs d’un même niveau alignés, guillemets autour d’une valeur qui contient « : ».',
	fixable: false,
	blocksBuild: true,
	check(file) {
		const problem = file.fields?.syntaxError;
		if (!problem || hasConflictMarkers(file.text, file.kind === 'mdx')) return [];
		const where = file.kind === 'mdx' ? 'en-tête : ' : '';
		return [{ offset: problem.offset, id: problem.slug, message: `${where}${problem.message}` }];
	},
};
