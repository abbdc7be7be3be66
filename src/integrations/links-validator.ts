/**
 * starlight-links-validator, pointed at our content folder.
 *
 * The validator derives each page's id from its path relative to `<srcDir>/content/docs`, while
 * our pages live in `<root>/content/docs` so that contributors never enter `src/`. Handing it a
 * config whose `srcDir` is the project root makes its ids, and the file paths in its report,
 * match ours. Everything else is the plugin as published.
 *
 * Its report (file, link, reason) is in English and cannot be reworded; the error that stops the
 * build is rethrown in French with the page of the error catalogue, like every contributor error.
 *
 * The links from the guides to the glossary's terms are left out: the validator only knows the
 * anchors written in a page's Markdown, and those of /glossaire/ come from its term list. The build
 * writes those links for published terms only, and tests/dist/glossary-links.test.ts checks that
 * each lands on its term.
 */
import type { AstroIntegration } from 'astro';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { withHelp } from '../lib/contributor-errors.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

function withCatalogueHint(integration: AstroIntegration): AstroIntegration {
	const buildDone = integration.hooks['astro:build:done'];
	if (!buildDone) return integration;
	const hook: BuildDone = async (params) => {
		try {
			await buildDone(params);
		} catch (error) {
			throw new Error(
				withHelp('Liens cassés : le rapport ci-dessus donne chaque fichier et chaque lien à corriger.', 'lien-casse'),
				{ cause: error },
			);
		}
	};
	return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': hook } };
}

export function linksValidator(glossaryLinks: ReadonlySet<string>): StarlightPlugin {
	const validator = starlightLinksValidator({ exclude: ({ link }) => glossaryLinks.has(link) });
	return {
		name: 'partenaire:links-validator',
		hooks: {
			'config:setup'(params) {
				const setup = validator.hooks['config:setup'];
				if (!setup) throw new Error('starlight-links-validator no longer has a config:setup hook.');
				return setup({
					...params,
					astroConfig: { ...params.astroConfig, srcDir: params.astroConfig.root },
					addIntegration: (integration) => params.addIntegration(withCatalogueHint(integration)),
				});
			},
		},
	};
}
