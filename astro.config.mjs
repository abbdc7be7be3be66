// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { linksValidator } from './src/integrations/links-validator.ts';
import { interfaceStrings } from './src/integrations/interface-strings.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';
import { frenchTypographyPlugin } from './src/lib/typography/satteri-plugin.ts';
import { focusableTablesPlugin } from './src/lib/markdown/focusable-tables.ts';
import { basePathLinksPlugin } from './src/lib/markdown/base-path-links.ts';
import { siteModules, ACCENT_CSS } from './src/integrations/site-modules.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { buildSidebar } from './src/config/sidebar.ts';
import { siteHead } from './src/config/head.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { publicationOf } from './src/lib/overlay/publication.ts';
import { hiddenTargets, withoutHidden } from './src/lib/overlay/hidden-targets.ts';
import { hiddenLinksPlugin } from './src/lib/markdown/hidden-links.ts';
import { guideCountPlugin } from './src/lib/markdown/guide-count.ts';
import { glossaryLinksPlugin } from './src/lib/markdown/glossary-links.ts';
import { glossaryLinking } from './src/lib/glossary/published.ts';
import { overlayPublic } from './src/integrations/overlay-public.ts';
import { buildReport } from './src/integrations/build-report.ts';
import { downloads } from './src/integrations/downloads.ts';

// Upstream's content/site.yaml, overridden by a company's entreprise/site.yaml, checked here
// before anything builds; then what the build publishes once hiddenPages has removed its pages.
const site = loadSiteConfig();
const publication = publicationOf(site);
const hidden = hiddenTargets(publication);
const glossary = glossaryLinking(publication, site.basePath);

export default defineConfig({
	// Without a public address, no sitemap, no canonical address: none is invented.
	...(site.siteUrl ? { site: site.siteUrl } : {}),
	base: site.basePath,
	trailingSlash: 'always',
	// A rebuild keeps the pages whose route returns a cacheKey and whose code and key did not
	// change: the checklist pages, one per checklist, while only guides' text was edited.
	experimental: { incrementalBuild: true },
	markdown: {
		// Sätteri's smart quotes are English ones; French quotes come from our own typography step.
		processor: satteri({
			features: { smartPunctuation: { quotes: false } },
			hastPlugins: [
				...(hidden.size > 0 ? [hiddenLinksPlugin(hidden, process.cwd())] : []),
				guideCountPlugin(publication.guides),
				// Before typography and base path, which treat its links like any other.
				glossaryLinksPlugin(glossary),
				frenchTypographyPlugin(),
				focusableTablesPlugin(),
				basePathLinksPlugin(site.basePath),
			],
		}),
	},
	integrations: [
		// First: a content mistake stops the build with its French message before anything loads.
		contentChecks(),
		siteModules({ ...site, hiddenPageIds: [...hidden] }),
		// Before anything that reads the built files: the PDFs, Word and Markdown downloads are made
		// once the pages are built, and the company's public files must not replace one of them.
		downloads(),
		overlayPublic(),
		starlight({
			title: site.organisation,
			logo: site.logoFile ? { src: `./${site.logoFile}` } : undefined,
			defaultLocale: 'root',
			locales: { root: { label: 'Français', lang: 'fr' } },
			// Our pages live in content/docs and entreprise/docs, outside src/: Starlight's asides,
			// heading links and code direction must process them too.
			markdown: { processedDirs: ['./content/docs', './entreprise/docs'] },
			sidebar: withoutHidden(buildSidebar(site), hidden),
			head: siteHead(site),
			// The one Pagefind pass is searchIndex() below; the header's search is our Search override.
			pagefind: false,
			routeMiddleware: ['./src/route-middleware/base-path.ts', './src/route-middleware/reader-navigation.ts'],
			customCss: [
				ACCENT_CSS,
				'./src/styles/partenaire.css',
				'./src/styles/buttons.css',
				'./src/styles/checklists.css',
				'./src/styles/print.css',
			],
			components: {
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Footer: './src/components/starlight/Footer.astro',
				Search: './src/components/starlight/Search.astro',
				Hero: './src/components/starlight/Hero.astro',
				ThemeProvider: './src/components/starlight/ThemeProvider.astro',
			},
			plugins: [interfaceStrings(), linksValidator(glossary.links, publication.pages)],
		}),
		// After starlight(), in this order: the search index is built from the finished pages; the
		// pages get their Content-Security-Policy; then the service worker precaches the pages and
		// the index exactly as they are served.
		searchIndex(),
		securityHeaders(site),
		serviceWorker(),
		buildReport(),
	],
});
