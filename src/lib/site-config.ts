/**
 * Reads and checks the site settings: upstream's defaults in `content/site.yaml`, overridden field
 * by field by a company's `entreprise/site.yaml` when it exists. Called by `astro.config.mjs`, so
 * a mistake stops the build before anything else runs, with the file, the field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { ContributorError, fieldPath, type FieldProblem } from './contributor-errors.ts';
import { parseYaml } from './yaml.ts';
import { assertNoConflictMarkers } from './overlay/conflict-markers.ts';
import { OVERLAY, UPSTREAM } from './overlay/layout.ts';
import { listPages } from './overlay/publication.ts';

export const SITE_FILE = UPSTREAM.site;

export interface LoadedSite extends SiteConfig {
	/** Project-relative path of the logo, from whichever file set it. */
	logoFile?: string;
}

function readSettings(root: string, file: string): Record<string, unknown> | undefined {
	const path = join(root, file);
	if (!existsSync(path)) return undefined;
	const data = parseYaml(readFileSync(path, 'utf8'), file) ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new ContributorError(file, [{ field: '', message: 'des champs « nom: valeur » sont attendus.' }], 'site-invalide');
	}
	return data as Record<string, unknown>;
}

export function loadSiteConfig(root: string = process.cwd()): LoadedSite {
	// A half-finished git merge would otherwise surface as a cascade of YAML errors at the wrong line.
	assertNoConflictMarkers(root);
	const upstream = readSettings(root, UPSTREAM.site);
	if (!upstream) {
		throw new ContributorError(
			SITE_FILE,
			[{ field: '', message: 'Fichier introuvable : il porte le nom, les couleurs et l’adresse du site.' }],
			'site-invalide',
		);
	}
	const overlay = readSettings(root, OVERLAY.site) ?? {};
	/** The file that set a field: the company's when it sets it, upstream's otherwise. */
	const fileOf = (field: string) => (field in overlay ? OVERLAY.site : UPSTREAM.site);
	const fail = (problems: FieldProblem[]): never => {
		const file = fileOf(problems[0]?.field.split('.')[0] ?? '');
		throw new ContributorError(file, problems, 'site-invalide');
	};

	const result = siteSchema.safeParse({ ...upstream, ...overlay });
	if (!result.success)
		return fail(result.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })));
	const site: LoadedSite = result.data;
	if (site.logo) {
		const folder = fileOf('logo') === OVERLAY.site ? OVERLAY.public : 'content';
		const logoFile = `${folder}/${site.logo}`;
		if (!existsSync(join(root, logoFile))) fail([{ field: 'logo', message: `le fichier ${logoFile} n’existe pas.` }]);
		site.logoFile = logoFile;
	}
	const ids = listPages(root).map((page) => page.id);
	for (const [index, entry] of site.hiddenPages.entries()) {
		const target = entry.replace(/\/$/, '');
		if (!ids.some((id) => id === target || id.startsWith(`${target}/`))) {
			fail([
				{
					field: `hiddenPages.${index}`,
					message: `aucune page ni aucun dossier « ${entry} » : ni ${UPSTREAM.docs}/${target}.mdx ni le dossier ${UPSTREAM.docs}/${target}/ n’existent.`,
				},
			]);
		}
	}
	return site;
}
