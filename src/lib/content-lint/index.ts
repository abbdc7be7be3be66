/**
 * The content linter: every mistake a contributor can make in content/ (syntax, fields, components,
 * images, code) and the writing rules of CONTRIBUTING.md, one rule per file in rules/, with the
 * mechanical fixes that `npm run fix:content` applies. The rules marked `blocksBuild` are the
 * mistakes: the build runs them first (src/integrations/content-checks.ts) and stops on them.
 */
import { ContributorError, errorPageUrl } from '../contributor-errors.ts';
import { loadSiteConfig } from '../site-config.ts';
import { publicationOf, type Publication } from '../overlay/publication.ts';
import { accoladeDansLeTexte } from './rules/accolade-dans-le-texte.ts';
import { champsDuModele } from './rules/champs-du-modele.ts';
import { codeInterdit } from './rules/code-interdit.ts';
import { composantInconnu } from './rules/composant-inconnu.ts';
import { imageAbsente } from './rules/image-absente.ts';
import { conflitGit } from './rules/conflit-git.ts';
import { mdxInvalide } from './rules/mdx-invalide.ts';
import { pageEnDouble } from './rules/page-en-double.ts';
import { yamlMalforme } from './rules/yaml-malforme.ts';
import { contentFiles } from './files.ts';
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
import type { Edit, Finding, LintContext, LintRule, Report, SourceFile } from './types.ts';

export const RULES: readonly LintRule[] = [
	conflitGit,
	yamlMalforme,
	mdxInvalide,
	pageEnDouble,
	champsDuModele,
	composantInconnu,
	codeInterdit,
	accoladeDansLeTexte,
	imageAbsente,
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

export interface LintOptions extends Partial<LintContext> {
	/** Only the mistakes that stop the build, not the writing rules. */
	blockingOnly?: boolean;
}

export function lint(
	files: readonly SourceFile[],
	{ root = process.cwd(), blockingOnly = false, publication }: LintOptions = {},
): Report[] {
	const context: LintContext = { root, publication };
	const rules = blockingOnly ? RULES.filter((rule) => rule.blocksBuild) : RULES;
	const reports: Report[] = [];
	for (const file of files)
		for (const rule of rules)
			for (const finding of checkSafely(rule, file, files, context))
				reports.push({
					...finding,
					...position(file.text, finding.offset),
					file: file.path,
					rule,
					id: finding.id ?? rule.id,
					fix: finding.fix ?? rule.fix,
				});
	return reports.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/**
 * A rule's findings. References are checked against the site's settings (hidden pages): when
 * those cannot be read, the rule has nothing to say on this file, and `lintProject` reports the
 * settings' own error once instead of a crash.
 */
function checkSafely(rule: LintRule, file: SourceFile, files: readonly SourceFile[], context: LintContext): Finding[] {
	try {
		return rule.check(file, files, context);
	} catch (error) {
		if (error instanceof ContributorError) return [];
		throw error;
	}
}

/** The settings' checks (content/site.yaml, entreprise/site.yaml, conflict markers), as reports. */
const SITE_SETTINGS: LintRule = {
	id: 'site-invalide',
	fix: 'corrigez ce que le message indique.',
	fixable: false,
	blocksBuild: true,
	check: () => [],
};

function readSettings(root: string): { publication?: Publication; reports: Report[] } {
	try {
		return { publication: publicationOf(loadSiteConfig(root), root), reports: [] };
	} catch (error) {
		if (!(error instanceof ContributorError)) throw error;
		const reports = error.problems.map(({ field, message }) => ({
			file: error.file,
			line: Number(/^ligne (\d+)/.exec(message)?.[1] ?? 1),
			column: 1,
			offset: 0,
			message: `${field ? `champ « ${field} » : ` : ''}${message}`,
			id: error.slug,
			fix: SITE_SETTINGS.fix,
			rule: SITE_SETTINGS,
		}));
		return { reports };
	}
}

/** Files the build leaves out: pages hidden by the settings, and the checklists only they use. */
function isPublished(path: string, publication: Publication | undefined): boolean {
	if (!publication) return true;
	if (publication.hidden.some((page) => page.file === path)) return false;
	const [, checklist] = /^(?:content|entreprise)\/checklists\/([^/]+)\.ya?ml$/.exec(path) ?? [];
	return !checklist || !publication.hiddenChecklists.has(checklist);
}

/** Every content file of the project at `root`, read and checked, and the site's settings. */
export function lintProject(root: string, options: Omit<LintOptions, 'root'> = {}): { files: number; reports: Report[] } {
	const settings = readSettings(root);
	const sources = contentFiles(root).filter((source) => isPublished(source.path, settings.publication));
	const reports = lint(
		sources.map((source) => readSource(source.path, source.text)),
		{ ...options, root, publication: settings.publication },
	);
	// A conflict marker is reported by both: the file's own line is enough.
	const kept = settings.reports.filter(
		(report) => !reports.some((other) => other.file === report.file && other.id === report.id),
	);
	return { files: sources.length, reports: [...kept, ...reports] };
}

/** `file:line:column rule message Correction : … Aide : <page>`, one line a contributor can act on. */
export function formatReport(report: Report): string {
	const fixable = report.rule.fixable && report.edits ? ' (npm run fix:content le corrige)' : '';
	const message = report.message.charAt(0).toUpperCase() + report.message.slice(1);
	return `${report.file}:${report.line}:${report.column}  ${report.id}  ${message} Correction : ${report.fix}${fixable} Aide : ${errorPageUrl(report.id)}`;
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
			.flatMap((rule) => rule.check(file, [file], { root: process.cwd() }))
			.flatMap((finding) => finding.edits ?? []);
		if (edits.length === 0) return current;
		current = applyEdits(current, edits);
	}
	return current;
}

export { readSource };
