/**
 * Size budgets of the built site, checked by tests/dist/budgets.test.ts. All sizes are bytes of
 * gzip (level 6, as nginx sends them) unless the name says otherwise.
 *
 * The plain Starlight figures are not computed during `npm test`: they were measured by
 * `npm run bench` (build `.bench/plain-0/`: Starlight 0.42.4, default configuration, our content
 * as Markdown) with scripts/bench/lib/page-assets.ts, the helper the test uses on our pages.
 * Re-measure them when Starlight is upgraded.
 */

/** Plain Starlight, measured on 2026-11-23 with the helper above (see the header). */
export const PLAIN_STARLIGHT = {
	/** JS run on load by /guides/charge-invisible/ (inline scripts, Starlight's modules, no dynamic imports). */
	guideJs: 7021,
	/** The same on a page without checklists (/a-propos/): Starlight's scripts are the same on every doc page. */
	docJs: 7021,
	/** The home page (splash template: no table of contents, hence less script). */
	homeJs: 4698,
	/** CSS of every page: Starlight's one stylesheet. */
	css: 12360,
	/**
	 * First view of /guides/charge-invisible/ (scripts/bench/lib/page-assets.ts `firstViewGzip`: the
	 * HTML with its inline code, plus the stylesheets and the scripts run on load), its three
	 * checklists as task lists with their help texts, its self-assessment left out (no plain counterpart).
	 */
	guideTotal: 35430,
} as const;

export const BUDGETS = {
	/** Issue 8: the checklist script (ticks saved, progress, reset) stays under 2 kB. */
	checklistScript: 2048,
	/**
	 * Our only script on every page: the service worker's registration and update notice
	 * (issue 5). Generous for its job (about 1 kB written); a larger one means a library crept in.
	 */
	everyPageScript: 1536,
	/** The search page's own script (query, facets, address state), Pagefind itself loading lazily. */
	searchPageScript: 5120,
	/** Our styles over Starlight's: accent colour, components, checklists (about 1.5 kB each today). */
	ourCss: 4096,
	/**
	 * Issue 8: a guide with checklists weighs at most 1.15× the same page in plain Starlight (1.150×
	 * measured on 2026-11-23: three interactive checklists, the page's sources and self-assessment).
	 * Adding to a guide page now means taking the same weight off elsewhere.
	 */
	guideRatio: 1.15,
	/** Raw bytes of the largest PDF (the livre blanc, fonts subset): a download that stays reasonable on a phone. */
	largestPdfRaw: 1_500_000,
	/** Raw bytes the service worker precaches on a first visit: the whole guide for offline reading. */
	precacheRaw: 6_000_000,
} as const;
