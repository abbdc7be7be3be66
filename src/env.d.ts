declare module 'virtual:partenaire/site' {
	const site: import('./schemas/site.ts').SiteConfig;
	export default site;
}
