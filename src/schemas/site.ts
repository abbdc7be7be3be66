/**
 * `content/site.yaml` (upstream's defaults) overridden field by field by `entreprise/site.yaml`
 * (a company's): everything a company changes to make the guide its own. Read by
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
		/**
		 * Logo file (SVG or PNG), relative to the folder of the file that sets it: `content/` for
		 * `content/site.yaml`, `entreprise/public/` for `entreprise/site.yaml`. Default: none.
		 */
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
		/**
		 * An e-mail address or the address of a contact page, shown as it is in the footer and used by
		 * « Cette page vous a-t-elle aidé ? ». Default: none, and no contact line.
		 */
		contact: z
			.union([z.email(), z.url({ protocol: /^https?$/ })], {
				error: 'Contact attendu : une adresse e-mail (ex. : rh@entreprise.fr) ou l’adresse d’une page (https://…).',
			})
			.optional(),
		/**
		 * Public address of the site, without the base path: the address printed on the PDFs and the
		 * downloaded templates, the canonical address of each page and the sitemap for search
		 * engines. Default: none, and none of these.
		 */
		siteUrl: z
			.url({
				protocol: /^https?$/,
				error: 'Adresse attendue, commençant par https:// (ex. : https://intranet.entreprise.fr).',
			})
			.optional(),
		/** Path under which the site is served: `/`, or `/guide-assistants/`. Default: `/`. */
		basePath: z
			.string()
			.regex(/^\/(?:[a-z0-9._~-]+\/)*$/, {
				error:
					'Chemin de base attendu, commençant et finissant par / (ex. : / ou /guide-assistants/), en minuscules sans espace.',
			})
			.default('/'),
		/**
		 * Pages and folders not to publish (`guides/ambassadeur-numerique`, `contribuer/`): they are
		 * not built at all, nor their checklists that no visible page uses. Default: none.
		 */
		hiddenPages: z
			.array(
				z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*\/?$/, {
					error: 'Identifiant de page ou de dossier attendu (ex. : guides/ambassadeur-numerique ou contribuer/).',
				}),
			)
			.default([]),
		/**
		 * Keep the contributor and hosting documentation (`contribuer/`, `heberger`) in a company
		 * build (one with an `entreprise/` folder), which leaves them out for its readers. Default: false.
		 */
		keepContributorDocs: z.boolean({ error: 'Valeur attendue : true ou false.' }).default(false),
		/** Ask search engines not to index the guide, for an intranet. Default: false. */
		noindex: z.boolean({ error: 'Valeur attendue : true ou false.' }).default(false),
	})
	.strict();

export type SiteConfig = z.output<typeof siteSchema>;
