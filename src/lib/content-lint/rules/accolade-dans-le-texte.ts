/**
 * `{…}` in the text of an MDX page is a JavaScript expression that the page would run, not text:
 * a brace in prose is written `\{`. Components take their values as attributes; a comment
 * `{/* … *\/}` is allowed, it renders nothing.
 */
import type { Node } from 'mdast';
import { isJsxElement } from '../jsx.ts';
import { FORBIDDEN_ELEMENTS } from './code-interdit.ts';
import type { Finding, LintRule } from '../types.ts';

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

function visit(node: Node, findings: Finding[]): void {
	// What a forbidden element holds is reported with it, as one mistake.
	if (isJsxElement(node) && FORBIDDEN_ELEMENTS.includes((node.name ?? '').toLowerCase())) return;
	if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
		const value = (node as Node & { value: string }).value;
		if (!COMMENT.test(value))
			findings.push({
				offset: node.position?.start.offset ?? 0,
				message: `« {${value.length > 30 ? `${value.slice(0, 30)}…` : value}} » : entre accolades, MDX exécute une expression au lieu d’afficher le texte.`,
			});
		return;
	}
	if ('children' in node) for (const child of (node as Node & { children: Node[] }).children) visit(child, findings);
}

export const accoladeDansLeTexte: LintRule = {
	id: 'accolade-dans-le-texte',
	fix: 'pour afficher une accolade, écrivez \\{ et \\} ; pour une valeur de composant, mettez-la dans un attribut entre guillemets.',
	fixable: false,
	blocksBuild: true,
	check(file) {
		const findings: Finding[] = [];
		if (file.tree) visit(file.tree, findings);
		return findings;
	},
};
