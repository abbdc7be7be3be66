/**
 * Every field of every file, checked by the very schemas the build applies (src/schemas/), so
 * that `npm run lint:content` and `astro build` refuse the same things with the same words. Each
 * problem points at the line of its field, and names positions from 1.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { ERROR_SLUGS, fieldPath, withoutHelp, type ErrorSlug } from '../../contributor-errors.ts';
import { checklistSchema } from '../../../schemas/checklists.ts';
import { glossaryTermSchema } from '../../../schemas/glossary.ts';
import { sourceSchema } from '../../../schemas/sources.ts';
import { z } from '../../../schemas/zod.ts';
import { publishedTerms, type Publication } from '../../overlay/publication.ts';
import { pageFrontMatterSchema } from '../schema-fields.ts';
import { isPage } from '../source.ts';
import type { Finding, LintRule, SourceFile } from '../types.ts';

const glossarySchema = z.array(glossaryTermSchema);

/** The schema of a file, from the folder it sits in (the loaders of src/content.config.ts). */
function schemaFor(path: string): z.ZodType | undefined {
	if (/^(?:content|entreprise)\/docs\//.test(path) && isPage(path)) return pageFrontMatterSchema;
	if (/^(?:content|entreprise)\/checklists\/[^/_][^/]*\.ya?ml$/.test(path)) return checklistSchema;
	if (/^content\/sources\/[^/_][^/]*\.ya?ml$/.test(path)) return sourceSchema;
	if (path === 'content/glossary.yaml') return glossarySchema;
	return undefined;
}

/** Offset in the file of the field at `path`: its key, or the closest parent that exists. */
function locate(file: SourceFile, path: readonly PropertyKey[]): number {
	const fields = file.fields;
	if (!fields) return 0;
	let node = fields.document.contents as YamlNode | null;
	let offset = node?.range?.[0] ?? 0;
	for (const step of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
			if (!pair) break;
			offset = (pair.key as YamlNode).range?.[0] ?? offset;
			node = pair.value as YamlNode | null;
		} else if (isSeq(node) && typeof step === 'number') {
			const item = node.items[step] as YamlNode | undefined;
			if (!item) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else break;
	}
	return fields.start + offset;
}

/**
 * The fields as the loaders hand them to the schema (src/content.config.ts): without the glossary
 * terms of hidden pages, and with a kept checklist moved to the visible page that uses it.
 */
function loadedData(file: SourceFile, data: Record<string, unknown>, publication: Publication | undefined): unknown {
	if (!publication) return data;
	const [, checklist = ''] = /^(?:content|entreprise)\/checklists\/([^/]+)\.ya?ml$/.exec(file.path) ?? [];
	const guide = publication.checklistGuides.get(checklist);
	return guide ? { ...data, guide } : data;
}

/** The glossary's terms, each checked at its own position in the file; those of hidden pages are not built. */
function glossaryIssues(data: unknown, publication: Publication | undefined) {
	if (!Array.isArray(data)) return glossarySchema.safeParse(data).error?.issues ?? [];
	const terms = data as Record<string, unknown>[];
	const published = publication ? publishedTerms(terms, new Set(publication.hidden.map((page) => page.id))) : terms;
	return published.flatMap((term) => {
		const index = terms.findIndex((original) => original['id'] === term['id']);
		const issues = glossaryTermSchema.safeParse(term).error?.issues ?? [];
		return issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
	});
}

const HELP = /Aide : \/contribuer\/erreurs\/([a-z0-9-]+)\/$/;

function slugOf(message: string): ErrorSlug {
	const slug = HELP.exec(message)?.[1];
	return slug && slug in ERROR_SLUGS ? (slug as ErrorSlug) : 'valeur-invalide';
}

export const champsDuModele: LintRule = {
	id: 'valeur-invalide',
	fix: 'voyez les champs possibles et leurs valeurs sur /contribuer/champs/.',
	fixable: false,
	blocksBuild: true,
	check(file, _all, { publication }) {
		const schema = schemaFor(file.path);
		// No front matter, or YAML that does not parse: their own rules report them.
		if (!schema || !file.fields?.valid) return [];
		const issues =
			schema === glossarySchema
				? glossaryIssues(file.fields.data, publication)
				: (schema.safeParse(loadedData(file, file.fields.data, publication)).error?.issues ?? []);
		const findings: Finding[] = [];
		for (const issue of issues) {
			// A page without a title is the rule titre-absent's, with its own page.
			if (file.kind === 'mdx' && issue.path.length === 1 && issue.path[0] === 'title' && file.fields.data.title === undefined)
				continue;
			const message = withoutHelp(issue.message);
			if (issue.code === 'unrecognized_keys') {
				// One report per unknown field, at its own line, with the field it was probably meant to be.
				for (const key of issue.keys) {
					const suggestion = new RegExp(`« ${key} » (\\(vouliez-vous dire « [^»]+ » \\?\\))`).exec(message)?.[1];
					findings.push({
						offset: locate(file, [...issue.path, key]),
						id: 'champ-inconnu',
						message: `champ « ${fieldPath([...issue.path, key])} » inconnu${suggestion ? ` ${suggestion}` : ''} : le site refuse un champ qu’il ne connaît pas plutôt que de l’ignorer.`,
						fix: 'corrigez son nom d’après /contribuer/champs/, ou supprimez-le.',
					});
				}
				continue;
			}
			const field = fieldPath(issue.path);
			findings.push({
				offset: locate(file, issue.path),
				id: slugOf(issue.message),
				message: `${field ? `champ « ${field} » : ` : ''}${message.charAt(0).toLowerCase()}${message.slice(1)}`,
			});
		}
		return findings;
	},
};
