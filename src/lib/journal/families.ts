/**
 * The families of tasks of the journal: the codes of the template « Journal de la charge
 * invisible » (content/docs/modeles/journal-charge-invisible.mdx), read from its table « Code |
 * Catégorie | Exemples ». The template is where contributors keep the list; the tool, its CSV and
 * its synthesis follow it, and a build whose template lost the table stops with its fix.
 */
import { ContributorError } from '../contributor-errors.ts';

export interface Family {
	/** Three capital letters, as written in the journal (COO, ANT…). */
	code: string;
	label: string;
	examples: string;
}

/** The page that holds the table, and the columns the table starts with. */
export const FAMILIES_SOURCE = 'content/docs/modeles/journal-charge-invisible.mdx';
const HEADER = ['code', 'catégorie', 'exemples'];
const CODE = /^[A-Z]{2,5}$/;

function cells(line: string): string[] {
	return line
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((cell) => cell.trim());
}

export function familiesFromTemplate(markdown: string, file = FAMILIES_SOURCE): Family[] {
	const lines = markdown.split('\n');
	const start = lines.findIndex(
		(line) => line.trim().startsWith('|') && HEADER.every((name, i) => cells(line)[i]?.toLowerCase() === name),
	);
	const families: Family[] = [];
	if (start !== -1) {
		for (const line of lines.slice(start + 2)) {
			if (!line.trim().startsWith('|')) break;
			const [code = '', label = '', examples = ''] = cells(line);
			if (CODE.test(code) && label) families.push({ code, label, examples });
		}
	}
	const codes = families.map((family) => family.code);
	const duplicate = codes.find((code, index) => codes.indexOf(code) !== index);
	if (families.length === 0 || duplicate) {
		throw new ContributorError(
			file,
			[
				{
					field: '',
					message: duplicate
						? `le code « ${duplicate} » figure deux fois dans le tableau des catégories : chaque catégorie a son propre code.`
						: 'le journal en ligne (/outils/journal/) lit ses catégories dans le tableau « | Code | Catégorie | Exemples | » de cette page, qui est introuvable ou vide. Rétablissez-le, une ligne par catégorie, avec un code de deux à cinq majuscules.',
				},
			],
			'familles-du-journal',
		);
	}
	return families;
}
