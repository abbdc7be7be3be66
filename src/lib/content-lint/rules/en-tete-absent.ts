/** A page starts with its front matter, between two lines of `---`: the build needs its title. */
import type { LintRule } from '../types.ts';

export const enTeteAbsent: LintRule = {
	id: 'en-tete-absent',
	fix: 'commencez le fichier par un en-tête entre deux lignes « --- », avec au moins title.',
	fixable: false,
	// Starlight needs a title: without one the build fails, in English, further on.
	blocksBuild: true,
	check(file) {
		if (file.kind !== 'mdx' || file.fields) return [];
		return [{ offset: 0, message: 'la page ne commence pas par un en-tête (front matter) entre deux lignes « --- ».' }];
	},
};
