/** What the template download endpoints need: every page of type `template`, and its templates. */
import { getCollection, type CollectionEntry } from 'astro:content';
import site from 'virtual:partenaire/site';
import { mdxTemplates } from '../lib/pdf/mdast-blocks.ts';
import { pageTemplate } from '../lib/templates/template-files.ts';
import { pageUrl } from '../lib/guides.ts';
import { ContributorError } from '../lib/contributor-errors.ts';
import { UNREVIEWED_DATE } from '../lib/pdf/document.ts';
import { absoluteAddress } from '../lib/site-address.ts';

export async function templatePaths() {
	const pages = await getCollection('docs', (page) => page.data.type === 'template' && !page.data.draft);
	return pages.map((entry) => ({ params: { template: entry.id }, props: { entry } }));
}

export function templateOf(entry: CollectionEntry<'docs'>) {
	const templates = mdxTemplates(entry.body ?? '', entry.filePath ?? entry.id);
	if (templates.length === 0) {
		throw new ContributorError(
			entry.filePath ?? entry.id,
			[
				{
					field: 'type',
					message: 'une page de type « template » contient au moins un <Template title="…">, que ses téléchargements reprennent.',
				},
			],
			'valeur-invalide',
		);
	}
	return {
		template: pageTemplate(templates, entry.data.title),
		description: entry.data.description ?? '',
		organisation: site.organisation,
		accentColor: site.accentColor,
		pageAddress: absoluteAddress(pageUrl(entry.id), site.siteUrl),
		date: entry.data.reviewed ?? UNREVIEWED_DATE,
	};
}
