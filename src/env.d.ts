declare module 'virtual:partenaire/site' {
	const site: import('./integrations/site-modules.ts').SiteModule;
	export default site;
}
