/**
 * A company's own pages live in `content/docs/interne/`, a folder the upstream guide never
 * writes to, so that pulling a new version of the guide never conflicts with them.
 */
export const LOCAL_PAGES_DIR = 'interne';

export function isLocalPage(id: string): boolean {
	return id === LOCAL_PAGES_DIR || id.startsWith(`${LOCAL_PAGES_DIR}/`);
}
