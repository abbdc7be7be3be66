/**
 * An image cited by a page exists: beside the page (`./images/nom.png`, relative to the file, as
 * Astro resolves it) or in `public/` for an address that starts with `/`. Astro would otherwise
 * stop on an unresolved import in generated code, at a line that is not the contributor's.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Image } from 'mdast';
import { OVERLAY } from '../../overlay/layout.ts';
import { jsxElements, offsetOfNode, stringAttribute } from '../jsx.ts';
import { walk } from '../source.ts';
import type { Finding, LintRule, LintContext, SourceFile } from '../types.ts';

const NOT_A_FILE = /^\s*(?:[a-z][\w+.-]*:|\/\/|#)/i;

function missing(file: SourceFile, url: string, { root }: LintContext): string | undefined {
	if (!url || NOT_A_FILE.test(url)) return undefined;
	const path = decodeURI(url.replace(/[?#].*$/, ''));
	const candidates = path.startsWith('/')
		? [join(root, 'public', path), join(root, OVERLAY.public, path)]
		: [join(root, dirname(file.path), path)];
	if (candidates.some((candidate) => existsSync(candidate))) return undefined;
	return path.startsWith('/') ? `public${path}` : join(dirname(file.path), path).split('\\').join('/');
}

export const imageAbsente: LintRule = {
	id: 'image-absente',
	fix: 'vérifiez le nom et le dossier de l’image : à côté de la page, citée par ./images/nom.png (voir /contribuer/).',
	fixable: false,
	blocksBuild: true,
	check(file, _all, context) {
		if (!file.tree) return [];
		const findings: Finding[] = [];
		for (const node of walk(file.tree))
			if (node.type === 'image') {
				const lost = missing(file, (node as Image).url, context);
				if (lost)
					findings.push({
						offset: offsetOfNode(node),
						message: `l’image ${(node as Image).url} est introuvable : ${lost} n’existe pas.`,
					});
			}
		for (const element of jsxElements(file.tree)) {
			if (element.name !== 'img') continue;
			const src = stringAttribute(element, 'src') ?? '';
			const lost = missing(file, src, context);
			if (lost)
				findings.push({ offset: offsetOfNode(element), message: `l’image ${src} est introuvable : ${lost} n’existe pas.` });
		}
		return findings;
	},
};
