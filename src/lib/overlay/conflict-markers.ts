/**
 * Refuses content left half-merged by git. Without this check a conflict in a YAML file reads as
 * dozens of « caractère inattendu » errors at the wrong line, and one in an MDX page renders the
 * markers as text: the build stops first, names the file and the line, and says how to finish.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContributorError } from '../contributor-errors.ts';
import { CONTENT_FOLDERS } from './layout.ts';

/** Git writes these three lines around each side of a conflict (`|||||||` with diff3 too). */
const MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?: |$)/;
const TEXT_FILE = /\.(?:mdx?|ya?ml|json|svg|txt|csv)$/i;

export interface ConflictMarker {
	file: string;
	line: number;
}

export function findConflictMarkers(root: string): ConflictMarker[] {
	const found: ConflictMarker[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (TEXT_FILE.test(entry.name)) {
				const lines = readFileSync(path, 'utf8').split('\n');
				// `=======` alone is a valid Markdown heading underline: it counts only inside a conflict.
				const opening = lines.findIndex((line) => line.startsWith('<<<<<<<'));
				if (opening !== -1) found.push({ file: relative(root, path), line: opening + 1 });
				else {
					const closing = lines.findIndex((line) => line.startsWith('>>>>>>>') && MARKER.test(line));
					if (closing !== -1) found.push({ file: relative(root, path), line: closing + 1 });
				}
			}
		}
	};
	for (const folder of CONTENT_FOLDERS) if (existsSync(join(root, folder))) walk(join(root, folder));
	return found;
}

export function assertNoConflictMarkers(root: string): void {
	const [first, ...others] = findConflictMarkers(root);
	if (!first) return;
	const more = others.length > 0 ? ` (et ${others.length} autre${others.length > 1 ? 's' : ''} fichier${others.length > 1 ? 's' : ''} : ${others.map(({ file, line }) => `${file}:${line}`).join(', ')})` : '';
	throw new ContributorError(
		first.file,
		[
			{
				field: '',
				message: `ligne ${first.line} : une fusion git n’est pas terminée${more}. Entre <<<<<<< et ======= se trouve votre version, entre ======= et >>>>>>> celle qui arrive : gardez le bon texte, supprimez les trois lignes de marque, puis \`git add ${first.file}\` et \`git commit\`. Pour tout annuler : \`git merge --abort\`.`,
			},
		],
		'conflit-git',
	);
}
