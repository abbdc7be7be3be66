/**
 * Readers and contributors each get their own sidebar (see CONTRIBUTOR_SECTIONS), and previous/next
 * never leave the page's section: the home page does not lead to the search page, nor the glossary
 * to an error of the contributor catalogue.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { CONDENSED_SECTIONS, CONTRIBUTOR_PATHS, CONTRIBUTOR_SECTIONS } from '../config/sidebar.ts';
import { condenseSections, isContributorPage, sectionPagination, sectionsFor } from '../lib/navigation/sections.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const contributor = isContributorPage(route.id, CONTRIBUTOR_PATHS);
	const sections = sectionsFor(route.sidebar, CONTRIBUTOR_SECTIONS, contributor);
	route.sidebar = contributor
		? [
				{ type: 'link', label: 'Retour au guide', href: import.meta.env.BASE_URL, isCurrent: false, badge: undefined, attrs: {} },
				...sections,
			]
		: condenseSections(sections, CONDENSED_SECTIONS);
	route.pagination = sectionPagination(route.sidebar);
});
