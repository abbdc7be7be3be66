/** Every page has a title: it is its h1, its name in the sidebar, in search and in the browser tab. */
import type { LintRule } from '../types.ts';

export const titreAbsent: LintRule = {
	id: 'titre-absent',
	fix: 'ajoutez en tête de l’en-tête une ligne « title: » suivie du titre de la page.',
	fixable: false,
	// Starlight needs a title: without one the build fails, in English, further on.
	blocksBuild: true,
	check(file) {
		if (file.kind !== 'mdx' || !file.fields?.valid) return [];
		const { title } = file.fields.data;
		if (typeof title === 'string' && title.trim()) return [];
		return [{ offset: file.fields.start, message: 'la page n’a pas de titre (champ title).' }];
	},
};
