/** YAML read for contributors: a syntax error names the file, the line and what YAML expected. */
import { parseDocument } from 'yaml';
import { explainYamlError } from './content-lint/yaml-errors.ts';
import { ContributorError } from './contributor-errors.ts';

export function parseYaml(text: string, file: string): unknown {
	const document = parseDocument(text, { prettyErrors: true });
	const [first] = document.errors;
	if (first) {
		// Only the first error: the others follow from it and would send the reader astray.
		const problem = explainYamlError(first, text);
		const before = text.slice(0, problem.offset);
		const line = before.split('\n').length;
		const column = problem.offset - before.lastIndexOf('\n');
		// One catalogue page for every syntax error of a file read here (site.yaml, the loaders):
		// the content checks, which run first, send each cause to its own page.
		throw new ContributorError(
			file,
			[{ field: '', message: `ligne ${line}, colonne ${column} : ${problem.message}` }],
			'yaml-malforme',
		);
	}
	return document.toJS();
}
