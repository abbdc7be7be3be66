/**
 * Extra front matter of the pages in `content/docs/`, merged into Starlight's own schema by
 * `docsSchema({ extend })`. Guides must say who they are for, their theme, their sources and
 * when they were last reviewed; other pages may leave those out.
 *
 * Each field's `.describe()` is its documentation: the page /contribuer/champs/ reads it from here.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { withHelp } from '../lib/contributor-errors.ts';
import { AUDIENCES, audiencesSchema, dateSchema, fieldError, proseSchema, topicSchema } from './shared.ts';
import { entryReference } from './references.ts';
import { searchFieldsSchema } from './search.ts';
import { z } from './zod.ts';

export const PAGE_TYPES = ['guide', 'path', 'template', 'reference'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

function noDuplicateIds(list: { id: string }[]): boolean {
	return new Set(list.map((entry) => entry.id)).size === list.length;
}

export const pageSchema = z
	.object({
		title: proseSchema.describe('Le titre de la page, affiché comme son titre principal (h1).'),
		description: proseSchema
			.optional()
			.describe('Une phrase pour les résultats de recherche et les aperçus de lien. Par défaut : aucune.'),
		type: z
			.enum(PAGE_TYPES, { error: fieldError(`Type inconnu. Valeurs possibles : ${PAGE_TYPES.join(', ')}.`, 'valeur-inconnue') })
			.default('reference')
			.describe('La sorte de page : guide, parcours (path), modèle (template) ou page de référence.'),
		audiences: audiencesSchema.default([...AUDIENCES]).describe('Les publics à qui la page s’adresse. Par défaut : tous.'),
		topic: topicSchema.optional().describe('Le thème de la page, parmi les sept du guide. Obligatoire pour un guide.'),
		checklists: z
			.array(entryReference('checklists'), {
				error: fieldError('Liste d’identifiants de checklists attendue (ex. : [posture-routine-hebdomadaire]).'),
			})
			.refine(noDuplicateIds, { error: withHelp('Une même checklist est citée deux fois.', 'valeur-en-double') })
			.default([])
			.describe(
				'Les checklists que la page intègre (noms des fichiers de content/checklists/, sans .yaml). Par défaut : aucune.',
			),
		sources: z
			.array(entryReference('sources'), {
				error: fieldError('Liste d’identifiants de sources attendue (ex. : [falces-posture-partenaire]).'),
			})
			.refine(noDuplicateIds, { error: withHelp('Une même source est citée deux fois.', 'valeur-en-double') })
			.default([])
			.describe(
				'Les articles sur lesquels la page s’appuie (noms des fichiers de content/sources/, sans .yaml). Obligatoire pour un guide.',
			),
		reviewed: dateSchema
			.optional()
			.describe('Le jour où la page a été relue pour la dernière fois au regard de ses sources. Obligatoire pour un guide.'),
		...searchFieldsSchema.shape,
	})
	.superRefine((page, ctx) => {
		if (page.type !== 'guide') return;
		// A guide without these cannot be filtered, credited or trusted to be current.
		const missing = (path: string, message: string) =>
			ctx.addIssue({ code: 'custom', path: [path], message: withHelp(message, 'champ-manquant') });
		if (!page.topic) missing('topic', `Un guide doit indiquer son thème (topic).`);
		if (page.sources.length === 0) missing('sources', 'Un guide doit citer au moins une source (sources).');
		if (!page.reviewed) missing('reviewed', 'Un guide doit indiquer sa date de relecture (reviewed : AAAA-MM-JJ).');
	});

type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

/**
 * The whole front matter of a page: Starlight's fields and ours, and no other. Starlight's own
 * schema ignores an unknown field, so « audience: » for « audiences: » would be dropped in silence
 * and the page published for everyone: strict, it fails with the field it was meant to be.
 */
export function docsCollectionSchema(context: SchemaContext) {
	return docsSchema({ extend: pageSchema })(context).strict();
}
