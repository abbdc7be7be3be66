/**
 * The sidebar, built from the folders of `content/docs/`: adding a guide or a template adds it
 * here with no change to code. Order inside a group comes from each page's `sidebar.order`.
 */
export const sidebar = [
	{ label: 'Accueil', link: '/' },
	{ label: 'Rechercher', link: '/recherche/' },
	{ label: 'Parcours', items: [{ autogenerate: { directory: 'parcours' } }] },
	{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
	{ label: 'Modèles', collapsed: true, items: [{ autogenerate: { directory: 'modeles' } }] },
	{
		label: 'Ressources',
		items: [
			{ label: 'Glossaire', link: '/glossaire/' },
			{ label: 'Sources', link: '/sources/' },
			{ label: 'À propos', link: '/a-propos/' },
		],
	},
];
