/** The web app manifest, named after the organisation of `content/site.yaml`. */
import type { APIRoute } from 'astro';
import site from 'virtual:partenaire/site';

export const GET: APIRoute = () => {
	const base = import.meta.env.BASE_URL;
	const product = 'Partenaire, le guide des assistantes et assistants de direction';
	const manifest = {
		name: site.organisation === 'Partenaire' ? product : `${product} · ${site.organisation}`,
		short_name: site.organisation,
		lang: 'fr',
		start_url: base,
		scope: base,
		display: 'standalone',
		theme_color: site.accentColor,
		background_color: '#ffffff',
		icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }],
	};
	return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
