/**
 * Makes `content/site.yaml` available to the pages: `virtual:partenaire/site` exports the checked
 * configuration, and `virtual:partenaire/accent.css` the accent palette derived from it.
 */
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../schemas/site.ts';
import { accentCss } from '../lib/theme/accent.ts';

const SITE_MODULE = 'virtual:partenaire/site';
const ACCENT_MODULE = 'virtual:partenaire/accent.css';

export function siteModules(site: SiteConfig): AstroIntegration {
	const modules: Record<string, string> = {
		[SITE_MODULE]: `export default ${JSON.stringify(site)};`,
		[ACCENT_MODULE]: accentCss(site.accentColor),
	};
	return {
		name: 'partenaire:site-modules',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'partenaire:site-modules',
								resolveId(id) {
									return id in modules ? `\0${id}` : undefined;
								},
								load(id) {
									return id.startsWith('\0') ? modules[id.slice(1)] : undefined;
								},
							},
						],
					},
				});
			},
		},
	};
}

export const ACCENT_CSS = ACCENT_MODULE;
