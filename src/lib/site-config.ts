/**
 * Reads and checks `content/site.yaml`. Called by `astro.config.mjs`, so a company's mistake stops
 * the build before anything else runs, with the field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { ContributorError, fieldPath } from './contributor-errors.ts';
import { parseYaml } from './yaml.ts';

export const SITE_FILE = 'content/site.yaml';

export function loadSiteConfig(root: string = process.cwd()): SiteConfig {
	const path = join(root, SITE_FILE);
	if (!existsSync(path)) {
		throw new ContributorError(
			SITE_FILE,
			[{ field: '', message: 'Fichier introuvable : il porte le nom, les couleurs et l’adresse du site.' }],
			'site-invalide',
		);
	}
	const result = siteSchema.safeParse(parseYaml(readFileSync(path, 'utf8'), SITE_FILE) ?? {});
	if (!result.success) {
		throw new ContributorError(
			SITE_FILE,
			result.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })),
			'site-invalide',
		);
	}
	const site = result.data;
	if (site.logo && !existsSync(join(root, 'content', site.logo))) {
		throw new ContributorError(
			SITE_FILE,
			[{ field: 'logo', message: `le fichier content/${site.logo} n’existe pas.` }],
			'site-invalide',
		);
	}
	for (const [index, id] of site.hiddenPages.entries()) {
		if (!['.mdx', '.md'].some((ext) => existsSync(join(root, 'content/docs', id + ext)))) {
			throw new ContributorError(
				SITE_FILE,
				[{ field: `hiddenPages.${index}`, message: `aucune page « ${id} » : le fichier content/docs/${id}.mdx n’existe pas.` }],
				'site-invalide',
			);
		}
	}
	return site;
}
