/** YAML read for contributors: a syntax error names the file, the line and what YAML expected. */
import { parseDocument } from 'yaml';
import { ContributorError } from './contributor-errors.ts';

export function parseYaml(text: string, file: string): unknown {
	const document = parseDocument(text, { prettyErrors: true });
	if (document.errors.length > 0) {
		throw new ContributorError(
			file,
			document.errors.map((error) => ({
				field: '',
				message: `ligne ${error.linePos?.[0].line ?? '?'}, colonne ${error.linePos?.[0].col ?? '?'} : ${explainYamlError(error.code)} (${error.message.split('\n')[0]})`,
			})),
			'yaml-malforme',
		);
	}
	return document.toJS();
}

/** The usual causes of each YAML error, in a contributor's words. */
function explainYamlError(code: string): string {
	switch (code) {
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return 'indentation ou ponctuation incorrecte : alignez les champs d’un même niveau et fermez crochets et guillemets';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'une valeur déborde sur la ligne suivante : vérifiez l’indentation, ou entourez la valeur de guillemets';
		case 'DUPLICATE_KEY':
			return 'un même champ apparaît deux fois';
		case 'UNEXPECTED_TOKEN':
			return 'caractère inattendu : une valeur qui contient « : » ou commence par un caractère spécial doit être entre guillemets';
		default:
			return 'YAML invalide';
	}
}
