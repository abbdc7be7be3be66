/** Where a checklist lives on the site: its page and its two downloads, under the base path. */
export interface ChecklistUrls {
	page: string;
	pdf: string;
	markdown: string;
}

/** `base` is the site's base path with its trailing slash (`import.meta.env.BASE_URL`). */
export function checklistUrls(id: string, base: string): ChecklistUrls {
	const folder = `${base.endsWith('/') ? base : `${base}/`}checklists/`;
	return { page: `${folder}${id}/`, pdf: `${folder}${id}.pdf`, markdown: `${folder}${id}.md` };
}

/** The index of every checklist. */
export function checklistIndexUrl(base: string): string {
	return `${base.endsWith('/') ? base : `${base}/`}checklists/`;
}
