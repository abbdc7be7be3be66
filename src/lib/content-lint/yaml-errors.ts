/**
 * YAML syntax errors (front matter and data files) in a contributor's words, with the catalogue
 * page of their cause. Only the first error of a file is worth reading: the others follow from it.
 */
import type { YAMLError } from 'yaml';
import type { ErrorSlug } from '../contributor-errors.ts';

export interface YamlProblem {
	/** Offset of the error in the YAML text. */
	offset: number;
	slug: ErrorSlug;
	message: string;
}

function lineAt(text: string, offset: number): { line: string; next: string } {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const end = text.indexOf('\n', offset);
	const line = text.slice(start, end === -1 ? undefined : end);
	const next =
		end === -1 ? '' : text.slice(end + 1, text.indexOf('\n', end + 1) === -1 ? undefined : text.indexOf('\n', end + 1));
	return { line, next };
}

const indent = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

export function explainYamlError(error: YAMLError, text: string): YamlProblem {
	const offset = error.pos[0];
	const { line, next } = lineAt(text, offset);
	const tab = /^[ \t]*\t/m.exec(text);
	if (error.code === 'TAB_AS_INDENT' || tab)
		return {
			offset: tab ? tab.index : offset,
			slug: 'tabulation-yaml',
			message: 'une tabulation sert d’indentation : YAML n’accepte que des espaces. Remplacez-la par deux espaces.',
		};
	if (error.code === 'DUPLICATE_KEY')
		return { offset, slug: 'yaml-malforme', message: 'un même champ apparaît deux fois : gardez-en un seul.' };
	if (error.code === 'BAD_INDENT' && /^Flow (?:sequence|mapping)/.test(error.message))
		return {
			offset,
			slug: 'yaml-malforme',
			message:
				'un crochet [ ou une accolade { n’est pas refermé : fermez la liste sur la même ligne, ex. : [assistant, dirigeant].',
		};
	const implicitKey = error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY';
	if (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR' || (implicitKey && indent(next) > indent(line)))
		return {
			// YAML stops at the end of the line above; the field out of line is the next one.
			offset: implicitKey ? text.indexOf('\n', offset) + 1 + indent(next) : offset,
			slug: 'indentation-yaml',
			message:
				'un champ est mal aligné : les champs d’un même niveau commencent à la même colonne, ceux d’une liste sous leur tiret (deux espaces de plus que le champ parent).',
		};
	if (implicitKey || error.code === 'UNEXPECTED_TOKEN')
		return {
			offset,
			slug: 'yaml-malforme',
			message:
				'une valeur contient « : » ou commence par un caractère spécial : entourez-la de guillemets droits, ex. : title: "Bilan : la suite".',
		};
	if (/quote|quoted/i.test(error.message))
		return { offset, slug: 'yaml-malforme', message: 'un guillemet ouvert n’est pas refermé sur la même valeur.' };
	return { offset, slug: 'yaml-malforme', message: `YAML illisible (${error.message.split('\n')[0]}).` };
}
