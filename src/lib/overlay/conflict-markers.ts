/**
 * Refuses content left half-merged by git. Without this check a conflict in a YAML file reads as
 * dozens of « caractère inattendu » errors at the wrong line, and one in an MDX page renders the
 * markers as text: the build stops first, names the file and the line, and says how to finish.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContributorError } from '../contributor-errors.ts';
import { CONTENT_FOLDERS } from './layout.ts';

const TEXT_FILE = /\.(?:mdx?|ya?ml|json|svg|txt|csv)$/i;

export interface ConflictMarker {
	file: string;
	line: number;
}

/**
 * The line of the first conflict marker of a text, if any. `=======` alone is also a Markdown
 * heading underline, so only `<<<<<<<` and `>>>>>>>` count; in Markdown, an example inside a code
 * fence (the error catalogue shows one) is not a conflict.
 */
export function markerLine(text: string, markdown: boolean): number | undefined {
	let fenced = false;
	const lines = text.split('\n');
	for (const [index, line] of lines.entries()) {
		if (markdown && /^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
		else if (!fenced && /^(?:<{7}|>{7})(?: |$)/.test(line)) return index + 1;
	}
	return undefined;
}

export function findConflictMarkers(root: string): ConflictMarker[] {
	const found: ConflictMarker[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (TEXT_FILE.test(entry.name)) {
				const line = markerLine(readFileSync(path, 'utf8'), /\.mdx?$/i.test(entry.name));
				if (line !== undefined) found.push({ file: relative(root, path), line });
			}
		}
	};
	for (const folder of CONTENT_FOLDERS) if (existsSync(join(root, folder))) walk(join(root, folder));
	return found;
}

export function assertNoConflictMarkers(root: string): void {
	const [first, ...others] = findConflictMarkers(root);
	if (!first) return;
	const more =
		others.length > 0
			? ` (et ${others.length} autre${others.length > 1 ? 's' : ''} fichier${others.length > 1 ? 's' : ''} : ${others.map(({ file, line }) => `${file}:${line}`).join(', ')})`
			: '';
	throw new ContributorError(
		first.file,
		[
			{
				field: '',
				message: `ligne ${first.line} : des marques de conflit git restent dans le fichier${more}. Entre <<<<<<< et ======= se trouve votre version, entre ======= et >>>>>>> celle qui arrive : gardez le bon texte, supprimez les trois lignes de marque, puis \`git add ${first.file}\` et \`git commit\`. Pour tout annuler : \`git merge --abort\`.`,
			},
		],
		'conflit-git',
	);
}
