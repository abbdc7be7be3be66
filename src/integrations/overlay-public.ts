/**
 * Serves a company's `entreprise/public/` files beside the pages, as `public/` is: copied into the
 * built folder under the base path. A file that would replace one the guide builds is refused, so a
 * company cannot break a page, the service worker or the server configuration by accident.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContributorError } from '../lib/contributor-errors.ts';
import { OVERLAY } from '../lib/overlay/layout.ts';

export function overlayPublic(): AstroIntegration {
	let root = '';
	return {
		name: 'partenaire:overlay-public',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const source = join(root, OVERLAY.public);
				if (!existsSync(source)) return;
				const out = fileURLToPath(dir);
				const files = readdirSync(source, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
				for (const file of files) {
					const relativePath = join(file.parentPath, file.name).slice(source.length + 1);
					if (existsSync(join(out, relativePath))) {
						throw new ContributorError(
							`${OVERLAY.public}/${relativePath}`,
							[
								{
									field: '',
									message:
										'ce fichier porte le nom d’un fichier que le guide construit : renommez-le ou rangez-le dans un sous-dossier.',
								},
							],
							'id-deja-pris',
						);
					}
				}
				cpSync(source, out, { recursive: true, force: false });
				logger.info(
					`${files.length} fichier${files.length > 1 ? 's' : ''} de ${OVERLAY.public}/ copié${files.length > 1 ? 's' : ''}.`,
				);
			},
		},
	};
}
