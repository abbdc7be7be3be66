/**
 * Contributors write links from the root of the guide (`/guides/charge-invisible/`); a company
 * may serve the guide under a sub-path (`/guide-assistants/`). This puts the base in front.
 */
export function withBase(href: string, base: string): string {
	// Only root-absolute links: not `//host`, not relative, not already under the base.
	if (!href.startsWith('/') || href.startsWith('//') || base === '/' || href.startsWith(base) || `${href}/` === base) return href;
	return `${base.replace(/\/$/, '')}${href}`;
}
