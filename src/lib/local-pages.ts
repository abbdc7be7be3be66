/**
 * A company's own pages live in its overlay, `entreprise/docs/` (see `overlay/layout.ts`), and are
 * published under `/interne/`, a folder the upstream guide never writes to.
 */
export const LOCAL_PAGES_DIR = 'interne';

export function isLocalPage(id: string): boolean {
	return id === LOCAL_PAGES_DIR || id.startsWith(`${LOCAL_PAGES_DIR}/`);
}
