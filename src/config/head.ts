/** Tags every page gets in its `<head>`, from `content/site.yaml`. */
import type { SiteConfig } from '../schemas/site.ts';

export function siteHead(site: SiteConfig) {
	return [
		{ tag: 'link' as const, attrs: { rel: 'manifest', href: `${site.basePath}manifest.webmanifest` } },
		{ tag: 'meta' as const, attrs: { name: 'theme-color', content: site.accentColor } },
		...(site.noindex ? [{ tag: 'meta' as const, attrs: { name: 'robots', content: 'noindex, nofollow' } }] : []),
	];
}
