/**
 * Content holds no code. A page may not bring a script, a style sheet, a frame, an embedded
 * object or a form, nor an event handler (`onerror=`), a `javascript:` or `data:` link, or an
 * image or a medium from another host: the site runs only its own code and calls no other host.
 * The same in YAML prose, which pages and PDFs show. What a page needs that is interactive
 * becomes a component of src/components/, reviewed as code.
 */
import type { Node } from 'mdast';
import { isJsxElement, type JsxElement, offsetOfNode } from '../jsx.ts';
import { walk } from '../source.ts';
import type { Finding, LintRule, SourceFile } from '../types.ts';

/** Elements that run code, load another document or send data somewhere. */
export const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'link', 'meta', 'base'];
/** Attributes that hold an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href']);
/** Elements whose `src` is loaded with the page: an image or a medium. */
const MEDIA = new Set(['img', 'Image', 'picture', 'source', 'video', 'audio', 'track', 'image', 'input']);
const DANGEROUS_URL = /^\s*(?:javascript|data|vbscript):/i;
const OTHER_HOST = /^\s*(?:[a-z][\w+.-]*:)?\/\//i;
const HTML_CODE = new RegExp(`<\\s*(${FORBIDDEN_ELEMENTS.join('|')})\\b|\\son[a-z]+\\s*=|javascript:`, 'i');

const NO_CODE_FIX =
	'supprimez-le : une page ne contient que du texte et des composants du site ; pour un contenu interactif, proposez un composant dans src/components/.';

function elementFindings(element: JsxElement): Finding[] {
	const findings: Finding[] = [];
	const offset = offsetOfNode(element);
	const name = element.name ?? '';
	if (FORBIDDEN_ELEMENTS.includes(name.toLowerCase()))
		findings.push({
			offset,
			message: `balise <${name}> : une page ne peut pas apporter de code ni charger un autre document.`,
			fix: NO_CODE_FIX,
		});
	for (const attribute of element.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			findings.push({
				offset,
				message: `<${name} {…}> : des attributs calculés ne sont pas permis.`,
				fix: 'écrivez chaque attribut avec sa valeur entre guillemets.',
			});
			continue;
		}
		const attributeName = attribute.name ?? '';
		if (/^on/i.test(attributeName))
			findings.push({
				offset,
				message: `attribut ${attributeName} de <${name}> : un gestionnaire d’événement est du code.`,
				fix: NO_CODE_FIX,
			});
		const value = attribute.value;
		if (typeof value !== 'string' || !URL_ATTRIBUTES.has(attributeName.toLowerCase())) continue;
		if (DANGEROUS_URL.test(value))
			findings.push({
				offset,
				id: 'lien-dangereux',
				message: `${attributeName}="${value.slice(0, 30)}" de <${name}> : une adresse javascript: ou data: exécute ou cache du contenu.`,
				fix: 'mettez l’adresse d’une page (/guides/…/) ou d’un site (https://…) ; une image va dans le dépôt.',
			});
		else if (MEDIA.has(name) && OTHER_HOST.test(value))
			findings.push({
				offset,
				id: 'ressource-externe',
				message: `<${name} ${attributeName}="${value}"> : l’image ou le média vient d’un autre site.`,
				fix: EXTERNAL_FIX,
			});
	}
	return findings;
}

const EXTERNAL_FIX =
	'enregistrez le fichier dans le dépôt, à côté de la page, et citez-le par son chemin : ![Ce qu’il montre](./images/nom.png).';

function markdownFindings(node: Node): Finding[] {
	const offset = offsetOfNode(node);
	const url = (node as Node & { url?: string }).url ?? '';
	if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && DANGEROUS_URL.test(url))
		return [
			{
				offset,
				id: 'lien-dangereux',
				message: `l’adresse « ${url.slice(0, 30)} » : une adresse javascript: ou data: exécute ou cache du contenu.`,
				fix: 'mettez l’adresse d’une page (/guides/…/) ou d’un site (https://…) ; une image va dans le dépôt.',
			},
		];
	if (node.type === 'image' && OTHER_HOST.test(url))
		return [
			{
				offset,
				id: 'ressource-externe',
				message: `l’image ${url} vient d’un autre site : le site n’appelle aucun autre serveur.`,
				fix: EXTERNAL_FIX,
			},
		];
	if (node.type === 'html' && HTML_CODE.test((node as Node & { value: string }).value))
		return [
			{
				offset,
				message: `HTML « ${(node as Node & { value: string }).value.slice(0, 40)} » : une page ne peut pas apporter de code.`,
				fix: NO_CODE_FIX,
			},
		];
	return [];
}

function proseFindings(file: SourceFile): Finding[] {
	if (file.kind !== 'yaml') return [];
	return file.prose
		.filter((span) => HTML_CODE.test(span.text))
		.map((span) => ({
			offset: span.start,
			message: `« ${span.text.slice(0, 40)} » : un texte ne contient pas de code (balise, gestionnaire d’événement, javascript:).`,
			fix: NO_CODE_FIX,
		}));
}

export const codeInterdit: LintRule = {
	id: 'code-interdit',
	fix: NO_CODE_FIX,
	fixable: false,
	blocksBuild: true,
	check(file) {
		const findings = proseFindings(file);
		if (!file.tree) return findings;
		for (const node of walk(file.tree)) findings.push(...(isJsxElement(node) ? elementFindings(node) : markdownFindings(node)));
		return findings;
	},
};
