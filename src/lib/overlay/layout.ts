/**
 * Where a company's own files live: `entreprise/` at the project root, a folder the upstream guide
 * never writes, so that pulling a new version of the guide never conflicts with them. With no
 * `entreprise/` folder the site builds exactly as upstream publishes it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const OVERLAY_DIR = 'entreprise';

/** Upstream's files and the company's, side by side: the overlay adds to or overrides each. */
export const UPSTREAM = {
	site: 'content/site.yaml',
	docs: 'content/docs',
	checklists: 'content/checklists',
} as const;

export const OVERLAY = {
	/** The same fields as `content/site.yaml`; each one set here wins. */
	site: `${OVERLAY_DIR}/site.yaml`,
	/** The company's pages, published under `/interne/`. */
	docs: `${OVERLAY_DIR}/docs`,
	/** The company's checklists: an id that upstream already uses is refused. */
	checklists: `${OVERLAY_DIR}/checklists`,
	/** The logo and any file served as is beside the pages. */
	public: `${OVERLAY_DIR}/public`,
} as const;

/** The folders whose files the build reads as content: every one is checked for conflict markers. */
export const CONTENT_FOLDERS = ['content', OVERLAY_DIR] as const;

export function hasOverlay(root: string): boolean {
	return existsSync(join(root, OVERLAY_DIR));
}
