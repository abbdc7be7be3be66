/**
 * Two files for one address (`guide.md` beside `guide.mdx`, or `guide.mdx` beside
 * `guide/index.mdx`): Astro keeps one of them and warns in English, and the other page vanishes.
 */
import { pageIdOf } from '../../overlay/publication.ts';
import type { LintRule, SourceFile } from '../types.ts';

/** The address a page file gets: the id Astro gives it (src/lib/overlay/publication.ts), as a path. */
export function pageAddress(path: string): string | undefined {
	if (!/^(?:content|entreprise)\/docs\/.+\.mdx?$/.test(path) || path.split('/').some((part) => part.startsWith('_')))
		return undefined;
	const id = pageIdOf(path);
	return id === 'index' ? '/' : `/${id}/`;
}

/** The first file of each address, once per set of files (each file asks: a map, not a search). */
const firstByAddress = new WeakMap<readonly SourceFile[], Map<string, SourceFile>>();

function firstFileOf(address: string, all: readonly SourceFile[]): SourceFile | undefined {
	let firsts = firstByAddress.get(all);
	if (!firsts) {
		firsts = new Map();
		for (const other of all) {
			const otherAddress = pageAddress(other.path);
			if (otherAddress && !firsts.has(otherAddress)) firsts.set(otherAddress, other);
		}
		firstByAddress.set(all, firsts);
	}
	return firsts.get(address);
}

export const pageEnDouble: LintRule = {
	id: 'page-en-double',
	fix: 'gardez un seul fichier pour cette adresse : fusionnez leur contenu, puis supprimez l’autre (ou renommez-le s’il s’agit d’une autre page).',
	fixable: false,
	blocksBuild: true,
	check(file, all) {
		const address = pageAddress(file.path);
		if (!address) return [];
		const first = firstFileOf(address, all);
		if (!first || first === file) return [];
		return [
			{
				offset: 0,
				message: `le fichier ${first.path} donne déjà l’adresse ${address} : deux fichiers pour une même page, l’un des deux disparaîtrait du site.`,
			},
		];
	},
};
