/**
 * The content linter: the writing rules of CONTRIBUTING.md, checked over the sources of content/
 * (one rule per file in rules/), with the mechanical fixes that `npm run fix:content` applies.
 */
import { errorPageUrl } from '../contributor-errors.ts';
import { apostropheDroite } from './rules/apostrophe-droite.ts';
import { elementSansVerbe } from './rules/element-sans-verbe.ts';
import { enTeteAbsent } from './rules/en-tete-absent.ts';
import { espacePonctuation } from './rules/espace-ponctuation.ts';
import { guillemets } from './rules/guillemets.ts';
import { imageSansAlternative } from './rules/image-sans-alternative.ts';
import { niveauDeTitreSaute } from './rules/niveau-de-titre-saute.ts';
import { ordreDesChamps } from './rules/ordre-des-champs.ts';
import { pointMedian } from './rules/point-median.ts';
import { texteARemplir } from './rules/texte-a-remplir.ts';
import { texteDeLienVague } from './rules/texte-de-lien-vague.ts';
import { titreAbsent } from './rules/titre-absent.ts';
import { titreEnDouble } from './rules/titre-en-double.ts';
import { titreNiveau1 } from './rules/titre-niveau-1.ts';
import { position, readSource } from './source.ts';
import type { Edit, LintRule, Report, SourceFile } from './types.ts';

export const RULES: readonly LintRule[] = [
	enTeteAbsent,
	titreAbsent,
	titreEnDouble,
	ordreDesChamps,
	texteARemplir,
	titreNiveau1,
	niveauDeTitreSaute,
	imageSansAlternative,
	texteDeLienVague,
	espacePonctuation,
	guillemets,
	apostropheDroite,
	pointMedian,
	elementSansVerbe,
];

export function lint(files: readonly SourceFile[]): Report[] {
	const reports: Report[] = [];
	for (const file of files)
		for (const rule of RULES)
			for (const finding of rule.check(file, files))
				reports.push({ ...finding, ...position(file.text, finding.offset), file: file.path, rule });
	return reports.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** `file:line:column rule message Correction : … Aide : <page>`, one line a contributor can act on. */
export function formatReport(report: Report): string {
	const fixable = report.rule.fixable && report.edits ? ' (npm run fix:content le corrige)' : '';
	const message = report.message.charAt(0).toUpperCase() + report.message.slice(1);
	return `${report.file}:${report.line}:${report.column}  ${report.rule.id}  ${message} Correction : ${report.rule.fix}${fixable} Aide : ${errorPageUrl(report.rule.id)}`;
}

/** Applies edits that do not overlap, from the end so that earlier offsets stay valid. */
function applyEdits(text: string, edits: Edit[]): string {
	let result = text;
	let limit = Infinity;
	for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
		if (edit.end > limit) continue;
		result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
		limit = edit.start;
	}
	return result;
}

/** The file with every mechanical fix applied, re-read until no rule has more to fix. */
export function fixSource(path: string, text: string): string {
	let current = text;
	for (let pass = 0; pass < 5; pass++) {
		const file = readSource(path, current);
		const edits = RULES.filter((rule) => rule.fixable)
			.flatMap((rule) => rule.check(file, [file]))
			.flatMap((finding) => finding.edits ?? []);
		if (edits.length === 0) return current;
		current = applyEdits(current, edits);
	}
	return current;
}

export { readSource };
