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
 * At every build it deletes Astro's content cache, so that a Markdown page, rendered once and
 * then cached, goes through its link collector again. An MDX page is compiled at every build and
 * always does: while every page is MDX, the cache is put back, and a rebuild re-reads only the
 * files that changed (at 500 generated guides, content sync took 7.4 s against 1.5 s for plain
 * Starlight, which keeps its cache).
 *
 * The links from the guides to the glossary's terms are left out: the validator only knows the
 * anchors written in a page's Markdown, and those of /glossaire/ come from its term list. The build
 * writes those links for published terms only, and tests/dist/glossary-links.test.ts checks that
 * each lands on its term.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { withHelp } from '../lib/contributor-errors.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
type ConfigSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Astro's content cache of a build (astro/dist/content/consts.js, DATA_STORE_FILE). */
const CONTENT_CACHE = 'data-store.json';
const CACHE_CLEARED = 'Invalidating content layer cache...';

/** Runs the validator's setup, then puts back the content cache it deleted when no page needs that. */
export function keepingContentCache(setup: ConfigSetup, everyPageIsMdx: boolean): ConfigSetup {
	return async (params) => {
		const cache = new URL(CONTENT_CACHE, params.config.cacheDir);
		const kept = everyPageIsMdx && existsSync(cache) ? readFileSync(cache) : undefined;
		await setup(params);
		if (kept) writeFileSync(fileURLToPath(cache), kept);
	};
}

/** The validator's logger, without its line about the cache when the cache is put back. */
function withoutCacheLine(logger: AstroIntegrationLogger): AstroIntegrationLogger {
	return Object.assign(Object.create(logger) as AstroIntegrationLogger, {
		info: (message: string) => {
			if (message !== CACHE_CLEARED) logger.info(message);
		},
	});
}

function adapted(integration: AstroIntegration, everyPageIsMdx: boolean): AstroIntegration {
	const setup = integration.hooks['astro:config:setup'];
	const buildDone = integration.hooks['astro:build:done'];
	if (!setup || !buildDone) throw new Error('starlight-links-validator no longer has its config:setup and build:done hooks.');
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
	return {
		...integration,
		hooks: { ...integration.hooks, 'astro:config:setup': keepingContentCache(setup, everyPageIsMdx), 'astro:build:done': hook },
	};
}

/** `pages`: the files of the pages this build publishes. */
export function linksValidator(glossaryLinks: ReadonlySet<string>, pages: readonly { file: string }[]): StarlightPlugin {
	const everyPageIsMdx = pages.every((page) => page.file.endsWith('.mdx'));
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
					logger: everyPageIsMdx ? withoutCacheLine(params.logger) : params.logger,
					addIntegration: (integration) => params.addIntegration(adapted(integration, everyPageIsMdx)),
				});
			},
		},
	};
}
