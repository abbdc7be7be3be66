/**
 * The pages of the site: upstream's `content/docs/` and a company's `entreprise/docs/` (published
 * under `/interne/`), read by Astro's own glob loader, without the pages that `hiddenPages` removes:
 * a hidden page is never loaded, so nothing can build, list, index or precache it.
 */
import { glob } from 'astro/loaders';
import type { SiteConfig } from '../schemas/site.ts';
import { OVERLAY, UPSTREAM } from '../lib/overlay/layout.ts';
import { pageIdOf, publicationOf } from '../lib/overlay/publication.ts';

const PAGES = '**/[^_]*.{md,mdx}';

export function docsFiles(site: SiteConfig) {
	const { hidden } = publicationOf(site);
	return glob({
		// From the project root, so that one loader reads both folders.
		base: '.',
		pattern: [`${UPSTREAM.docs}/${PAGES}`, `${OVERLAY.docs}/${PAGES}`, ...hidden.map((page) => `!${page.file}`)],
		generateId: ({ entry, data }) => (typeof data['slug'] === 'string' ? data['slug'] : pageIdOf(entry)),
	});
}
