/**
 * Makes the site settings (`content/site.yaml` and `entreprise/site.yaml`) available to the pages:
 * `virtual:partenaire/site` exports the checked configuration with the ids of the pages this build
 * hides, and `virtual:partenaire/accent.css` the accent palette derived from it. When the accent
 * had to change for contrast, the build says which colours it chose, per theme, and why.
 */
import type { AstroIntegration } from 'astro';
import type { LoadedSite } from '../lib/site-config.ts';
import { accentCss, accentReport } from '../lib/theme/accent.ts';

/** `logoFile`, the logo's project-relative path, is how the PDFs find the logo of either settings file. */
export interface SiteModule extends LoadedSite {
	/** Ids of the pages `hiddenPages` removes (folders expanded), for what reads Markdown itself. */
	hiddenPageIds: string[];
}

const SITE_MODULE = 'virtual:partenaire/site';
const ACCENT_MODULE = 'virtual:partenaire/accent.css';

export function siteModules(site: SiteModule): AstroIntegration {
	const modules: Record<string, string> = {
		[SITE_MODULE]: `export default ${JSON.stringify(site)};`,
		[ACCENT_MODULE]: accentCss(site.accentColor),
	};
	return {
		name: 'partenaire:site-modules',
		hooks: {
			'astro:config:setup': ({ updateConfig, logger }) => {
				const report = accentReport(site.accentColor);
				if (report) logger.info(report);
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
