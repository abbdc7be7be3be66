/**
 * An address of the site as readers reach it from outside (public address, base path, path), for
 * what is read away from the site: PDFs, downloaded templates and checklists. None when the site
 * sets no public address (`siteUrl`): a download then prints no address rather than an invented one.
 */
export function absoluteAddress(path: string, siteUrl: string | undefined): string | undefined {
	return siteUrl ? new URL(path, siteUrl).href : undefined;
}
