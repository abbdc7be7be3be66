/** The page's MDX does not parse: the build would stop on it with the parser's English message. */
import type { LintRule } from '../types.ts';
import { hasConflictMarkers } from './conflit-git.ts';

export const mdxInvalide: LintRule = {
	id: 'mdx-invalide',
	fix: 'corrigez la syntaxe à l’endroit indiqué : chaque balise ouverte est fermée, chaque accolade aussi (\\{ pour une accolade dans le texte).',
	fixable: false,
	blocksBuild: true,
	check(file) {
		// Conflict markers break the syntax too: their own rule says what to do.
		if (!file.syntaxError || hasConflictMarkers(file.text, file.kind === 'mdx')) return [];
		return [{ offset: file.syntaxError.offset, message: file.syntaxError.message }];
	},
};
