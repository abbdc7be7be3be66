/**
 * Size budgets of the built site, checked by tests/dist/budgets.test.ts against plain Starlight
 * built with the same pages in the same test run (scripts/build-plain-starlight.ts): what our code
 * adds is measured, not the prose, which both sides carry alike. All sizes are bytes of gzip
 * (level 6, as nginx sends them) unless the name says otherwise.
 */
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
	 * What our code adds to a guide with checklists, over the same page in plain Starlight where its
	 * checklists are task lists with their help texts (first view: HTML with its inline code, plus
	 * the stylesheets and the scripts run on load). Bytes rather than a ratio: both sides carry the
	 * same prose, so a longer or shorter text moves a ratio while it leaves the bytes our code adds
	 * alone. 5.3 kB on 2026-12-01 (checklist script and markup, our styles, the every-page script,
	 * the page's sources and self-assessment), 1.15× plain then.
	 */
	guideOverhead: 6144,
	/** Raw bytes of the largest PDF (the livre blanc, fonts subset): a download that stays reasonable on a phone. */
	largestPdfRaw: 1_500_000,
	/** Raw bytes the service worker precaches on a first visit: the whole guide for offline reading. */
	precacheRaw: 6_000_000,
} as const;
