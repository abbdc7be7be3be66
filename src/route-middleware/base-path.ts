/**
 * The links Starlight takes from front matter as they are (hero actions): put the base path in
 * front, as the Markdown pipeline does for links in the prose.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../lib/base-path.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const hero = context.locals.starlightRoute.entry.data.hero;
	if (!hero) return;
	for (const action of hero.actions) action.link = withBase(action.link, import.meta.env.BASE_URL);
});
