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

interface Settings {
	data: Record<string, unknown>;
	/** The line of each top-level field, for the messages. */
	lines: Map<string, number>;
}

function readSettings(root: string, file: string): Settings | undefined {
	const path = join(root, file);
	if (!existsSync(path)) return undefined;
	const text = readFileSync(path, 'utf8');
	const data = parseYaml(text, file) ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new ContributorError(file, [{ field: '', message: 'des champs « nom: valeur » sont attendus.' }], 'site-invalide');
	}
	const lines = new Map<string, number>();
	for (const [index, line] of text.split('\n').entries()) {
		const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
		if (key && !lines.has(key)) lines.set(key, index + 1);
	}
	return { data: data as Record<string, unknown>, lines };
}

/** The settings read in this process, by project: the text of both files, and what they gave. */
const loaded = new Map<string, { texts: string; site: LoadedSite }>();

function settingsTexts(root: string): string {
	return [UPSTREAM.site, OVERLAY.site]
		.map((file) => join(root, file))
		.map((path) => (existsSync(path) ? readFileSync(path, 'utf8') : ''))
		.join('\0');
}

/**
 * The site's settings, checked. Read once per process while neither file changes: the config,
 * the content schemas and the routes all ask, and each reading walks the content for conflict
 * markers (25 readings, about 0.7 s of every build, before this).
 */
export function loadSiteConfig(root: string = process.cwd()): LoadedSite {
	const texts = settingsTexts(root);
	const known = loaded.get(root);
	if (known?.texts === texts) return known.site;
	const site = readSiteConfig(root);
	loaded.set(root, { texts, site });
	return site;
}

function readSiteConfig(root: string): LoadedSite {
	// A half-finished git merge would otherwise surface as a cascade of YAML errors at the wrong line.
	assertNoConflictMarkers(root);
	const upstreamFile = readSettings(root, UPSTREAM.site);
	if (!upstreamFile) {
		throw new ContributorError(
			SITE_FILE,
			[{ field: '', message: 'Fichier introuvable : il porte le nom, les couleurs et l’adresse du site.' }],
			'site-invalide',
		);
	}
	const overlayFile = readSettings(root, OVERLAY.site);
	const upstream = upstreamFile.data;
	const overlay = overlayFile?.data ?? {};
	/** The file that set a field: the company's when it sets it, upstream's otherwise. */
	const fileOf = (field: string) => (field in overlay ? OVERLAY.site : UPSTREAM.site);
	const lineOf = (field: string) => (field in overlay ? overlayFile : upstreamFile)?.lines.get(field);
	const fail = (problems: (FieldProblem & { key: string })[]): never => {
		const file = fileOf(problems[0]?.key ?? '');
		throw new ContributorError(
			file,
			problems.map(({ key, ...problem }) => ({ ...problem, line: fileOf(key) === file ? lineOf(key) : undefined })),
			'site-invalide',
		);
	};

	const result = siteSchema.safeParse({ ...upstream, ...overlay });
	if (!result.success)
		return fail(
			result.error.issues.map((issue) => ({
				key: String(issue.path[0] ?? ''),
				field: fieldPath(issue.path),
				message: issue.message,
			})),
		);
	const site: LoadedSite = result.data;
	if (site.logo) {
		const folder = fileOf('logo') === OVERLAY.site ? OVERLAY.public : 'content';
		const logoFile = `${folder}/${site.logo}`;
		if (!existsSync(join(root, logoFile)))
			fail([{ key: 'logo', field: 'logo', message: `le fichier ${logoFile} n’existe pas.` }]);
		site.logoFile = logoFile;
	}
	const ids = site.hiddenPages.length > 0 ? listPages(root).map((page) => page.id) : [];
	for (const [index, entry] of site.hiddenPages.entries()) {
		const target = entry.replace(/\/$/, '');
		if (!ids.some((id) => id === target || id.startsWith(`${target}/`))) {
			fail([
				{
					key: 'hiddenPages',
					field: `hiddenPages.${index}`,
					message: `aucune page ni aucun dossier « ${entry} » : ni ${UPSTREAM.docs}/${target}.mdx ni le dossier ${UPSTREAM.docs}/${target}/ n’existent.`,
				},
			]);
		}
	}
	return site;
}
