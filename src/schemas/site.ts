/**
 * `content/site.yaml`: everything a company changes to make the guide its own. Read by
 * `astro.config.mjs` through `src/lib/site-config.ts`, before any page is built.
 */
import { z } from './zod.ts';

export const siteSchema = z
	.object({
		/** Name shown in the header, page titles and PDF footers. */
		organisation: z
			.string({ error: 'Nom de l’organisation attendu.' })
			.trim()
			.min(1, { error: 'Le nom de l’organisation ne peut pas être vide.' }),
		/** Logo file (SVG or PNG), relative to `content/`. Default: none, the name is shown alone. */
		logo: z
			.string()
			.regex(/\.(svg|png)$/i, {
				error: 'Le logo doit être un fichier .svg ou .png, relatif au dossier content/ (ex. : marque/logo.svg).',
			})
			.optional(),
		/** Accent colour of links and buttons. */
		accentColor: z
			.string({ error: 'Couleur attendue.' })
			.regex(/^#[0-9a-fA-F]{6}$/, { error: 'Couleur attendue en hexadécimal à six chiffres, précédée de # (ex. : #0b6e69).' }),
		/** An e-mail address or the address of a contact page. */
		contact: z.union([z.email(), z.url({ protocol: /^https?$/ })], {
			error: 'Contact attendu : une adresse e-mail (ex. : rh@entreprise.fr) ou l’adresse d’une page (https://…).',
		}),
		/** Public address of the site, without the base path. */
		siteUrl: z.url({
			protocol: /^https?$/,
			error: 'Adresse attendue, commençant par https:// (ex. : https://intranet.entreprise.fr).',
		}),
		/** Path under which the site is served: `/`, or `/guide-assistants/`. Default: `/`. */
		basePath: z
			.string()
			.regex(/^\/(?:[a-z0-9._~-]+\/)*$/, {
				error:
					'Chemin de base attendu, commençant et finissant par / (ex. : / ou /guide-assistants/), en minuscules sans espace.',
			})
			.default('/'),
		/**
		 * Pages to keep out of the sidebar, the home page and search (ids such as
		 * `guides/ambassadeur-numerique`). They stay reachable by their address so links from other
		 * pages never break. Default: none.
		 */
		hiddenPages: z
			.array(z.string().regex(/^[a-z0-9/-]+$/, { error: 'Identifiant de page attendu (ex. : guides/ambassadeur-numerique).' }))
			.default([]),
		/** Ask search engines not to index the guide, for an intranet. Default: false. */
		noindex: z.boolean({ error: 'Valeur attendue : true ou false.' }).default(false),
	})
	.strict();

export type SiteConfig = z.output<typeof siteSchema>;
