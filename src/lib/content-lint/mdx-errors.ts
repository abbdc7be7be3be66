/**
 * The MDX parser's errors (Sätteri's, the one Astro uses) in a contributor's words. The parser
 * says « 5:1: Expected a closing tag for `<KeyIdea>` »: the position stays, the English goes.
 */

export interface SyntaxProblem {
	line: number;
	column: number;
	message: string;
}

const TRANSLATIONS: [RegExp, (match: RegExpMatchArray) => string][] = [
	[
		/Expected a closing tag for `<([^>`]+)>`/,
		([, tag]) =>
			`la balise <${tag}> ouverte ici n’est jamais fermée : ajoutez </${tag}> après son contenu, ou écrivez <${tag} /> si elle n’en a pas.`,
	],
	[
		/Unexpected closing tag `<\/([^>`]+)>`, expected corresponding closing tag for `<([^>`]+)>` \((\d+):/,
		([, closing, opening, line]) =>
			`la balise </${closing}> ne ferme pas <${opening}> ouverte ligne ${line} : écrivez </${opening}>, avec les mêmes majuscules.`,
	],
	[
		/Unexpected closing tag `<\/([^>`]+)>`, expected an open tag first/,
		([, tag]) => `la balise </${tag}> ferme une balise qui n’a pas été ouverte : supprimez-la, ou ajoutez <${tag}> avant.`,
	],
	[
		/expected a corresponding closing brace for `\{`/,
		() =>
			'une accolade « { » ouvre une expression qui n’est jamais fermée. Dans le texte, une accolade s’écrit \\{ (voir la page accolade-dans-le-texte).',
	],
	[
		/Could not parse expression/,
		() => 'le contenu entre accolades { } n’est pas une expression valide. Dans le texte, une accolade s’écrit \\{ et \\}.',
	],
	[/to create a comment in MDX/, () => 'un commentaire HTML <!-- … --> n’est pas permis en MDX : écrivez {/* … */}.'],
	[
		/Unexpected character .* (?:after `<`|before name)/,
		() =>
			'un « < » n’ouvre pas une balise valide : pour écrire le signe lui-même, écrivez &lt; ; pour un composant, vérifiez son nom et ses guillemets.',
	],
	[
		/Unexpected (?:character|end of file).* (?:attribute|in attribute value)/,
		() => 'un attribut de balise est mal écrit : valeur entre guillemets droits, nom="valeur", guillemet fermé.',
	],
];

/** The parser's error as a French sentence at its place, or `undefined` if it carries no place. */
export function explainMdxError(error: unknown): SyntaxProblem {
	const raw = error instanceof Error ? error.message : String(error);
	const [, line = '1', column = '1', rest = raw] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(raw) ?? [];
	const english = rest.replace(/\s*\(mdx-[\w:-]+\)\s*$/, '');
	for (const [pattern, explain] of TRANSLATIONS) {
		const match = pattern.exec(english);
		if (match) return { line: Number(line), column: Number(column), message: explain(match) };
	}
	return { line: Number(line), column: Number(column), message: `syntaxe MDX invalide (${english}).` };
}
