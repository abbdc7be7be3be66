/**
 * Keeps the pages listed in `hiddenPages` of `content/site.yaml` out of the sidebar and the
 * pagination of every page, and out of search and search engines on the page itself.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import site from 'virtual:partenaire/site';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const hiddenHrefs = new Set(site.hiddenPages.map((id) => `${import.meta.env.BASE_URL}${id}/`));

function visible(entries: SidebarEntry[]): SidebarEntry[] {
	return entries
		.filter((entry) => entry.type === 'group' || !hiddenHrefs.has(entry.href))
		.map((entry) => (entry.type === 'group' ? { ...entry, entries: visible(entry.entries) } : entry));
}

export const onRequest = defineRouteMiddleware((context) => {
	if (hiddenHrefs.size === 0) return;
	const route = context.locals.starlightRoute;
	route.sidebar = visible(route.sidebar);
	if (route.pagination.prev && hiddenHrefs.has(route.pagination.prev.href)) route.pagination.prev = undefined;
	if (route.pagination.next && hiddenHrefs.has(route.pagination.next.href)) route.pagination.next = undefined;
	if (site.hiddenPages.includes(route.id)) {
		route.entry.data.pagefind = false;
		route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
	}
});
