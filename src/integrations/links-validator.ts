/**
 * starlight-links-validator, pointed at our content folder.
 *
 * The validator derives each page's id from its path relative to `<srcDir>/content/docs`, while
 * our pages live in `<root>/content/docs` so that contributors never enter `src/`. Handing it a
 * config whose `srcDir` is the project root makes its ids, and the file paths in its report,
 * match ours. Everything else is the plugin as published.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';

export function linksValidator(): StarlightPlugin {
	const validator = starlightLinksValidator();
	return {
		name: 'partenaire:links-validator',
		hooks: {
			'config:setup'(params) {
				const setup = validator.hooks['config:setup'];
				if (!setup) throw new Error('starlight-links-validator no longer has a config:setup hook.');
				return setup({ ...params, astroConfig: { ...params.astroConfig, srcDir: params.astroConfig.root } });
			},
		},
	};
}
