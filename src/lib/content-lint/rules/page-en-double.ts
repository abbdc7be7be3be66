/**
 * Two files for one address (`guide.md` beside `guide.mdx`, or `guide.mdx` beside
 * `guide/index.mdx`): Astro keeps one of them and warns in English, and the other page vanishes.
 */
import type { LintRule, SourceFile } from '../types.ts';

const PAGE = /^(content|entreprise)\/docs\/(.+)\.mdx?$/;

/** The address a page file gets, with the folder it belongs to (ours or a company's). */
export function pageAddress(path: string): string | undefined {
	const [, owner, id] = PAGE.exec(path) ?? [];
	if (!owner || id === undefined || id.split('/').some((part) => part.startsWith('_'))) return undefined;
	const slug = id.toLowerCase().replace(/(?:^|\/)index$/, '');
	return `${owner}:${slug ? `/${slug}/` : '/'}`;
}

export const pageEnDouble: LintRule = {
	id: 'page-en-double',
	fix: 'gardez un seul fichier pour cette adresse : fusionnez leur contenu, puis supprimez l’autre (ou renommez-le s’il s’agit d’une autre page).',
	fixable: false,
	blocksBuild: true,
	check(file, all) {
		const address = pageAddress(file.path);
		if (!address) return [];
		const first = all.find((other: SourceFile) => pageAddress(other.path) === address);
		if (!first || first === file) return [];
		const url = address.slice(address.indexOf(':') + 1);
		return [
			{
				offset: 0,
				message: `le fichier ${first.path} donne déjà l’adresse ${url} : deux fichiers pour une même page, l’un des deux disparaîtrait du site.`,
			},
		];
	},
};
