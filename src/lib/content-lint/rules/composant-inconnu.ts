/**
 * Components and their imports. A component is used only once imported, and imported only from
 * `~/components/<Name>.astro`, one of the site's own (src/components/): Astro would otherwise
 * stop with « Expected component … to be defined » at the page's address, or a bundler error
 * advising to change its configuration. `<Checklist id>` names an existing checklist, listed in
 * the page's `checklists` field.
 */
import type { Node } from 'mdast';
import { entryExists } from '../../../schemas/references.ts';
import { didYouMean } from '../../did-you-mean.ts';
import { COMPONENT_IMPORT, importLine, knownComponents } from '../components.ts';
import { isComponentName, jsxElements, offsetOfNode, stringAttribute } from '../jsx.ts';
import { walk } from '../source.ts';
import type { Finding, LintRule, SourceFile } from '../types.ts';

const DEFAULT_IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]+)\2\s*;?\s*$/;

interface Imports {
	/** Local name → component file name, for imports that lead to a component of the site. */
	components: Map<string, string>;
	findings: Finding[];
}

function readImports(file: SourceFile, known: ReadonlySet<string>): Imports {
	const components = new Map<string, string>();
	const findings: Finding[] = [];
	if (!file.tree) return { components, findings };
	for (const node of walk(file.tree)) {
		if (node.type !== 'mdxjsEsm') continue;
		const start = offsetOfNode(node);
		const value = (node as Node & { value: string }).value;
		let at = 0;
		for (const line of value.split('\n')) {
			const offset = start + at;
			at += line.length + 1;
			const statement = line.trim();
			if (!statement || statement.startsWith('//')) continue;
			if (!statement.startsWith('import')) {
				findings.push({
					offset,
					id: 'code-interdit',
					message: `« ${statement.slice(0, 40)} » : une page n’exporte ni ne calcule rien, seules les lignes import d’un composant sont permises.`,
					fix: 'supprimez la ligne ; pour un contenu qui calcule, proposez un composant dans src/components/.',
				});
				continue;
			}
			const [, local = '', , source = ''] = DEFAULT_IMPORT.exec(statement) ?? [];
			const file = source.startsWith(COMPONENT_IMPORT) ? source.slice(COMPONENT_IMPORT.length).replace(/\.astro$/, '') : '';
			if (local && source === `${COMPONENT_IMPORT}${file}.astro` && known.has(file)) {
				components.set(local, file);
				continue;
			}
			const meant = (source.split('/').pop() ?? local).replace(/\.\w+$/, '') || local;
			const exists = known.has(meant);
			findings.push({
				offset,
				id: 'import-invalide',
				message: `« ${statement} » ne mène pas à un composant du site${exists ? '' : `${didYouMean(meant, known)}`} : seuls ceux de src/components/ s’importent, depuis ${COMPONENT_IMPORT}.`,
				fix: exists
					? `écrivez ${importLine(meant)}`
					: `écrivez import Nom from '${COMPONENT_IMPORT}Nom.astro'; avec l’un de : ${[...known].join(', ')}.`,
			});
		}
	}
	return { components, findings };
}

/** The checklists of the files read, to suggest the id that was probably meant. */
function checklistIds(all: readonly SourceFile[]): Set<string> {
	const ids = new Set<string>();
	for (const other of all) {
		const [, id] = /^(?:content|entreprise)\/checklists\/([^/]+)\.ya?ml$/.exec(other.path) ?? [];
		if (id) ids.add(id);
	}
	return ids;
}

export const composantInconnu: LintRule = {
	id: 'composant-inconnu',
	fix: 'importez le composant en tête de page, juste après l’en-tête, ou corrigez son nom.',
	fixable: false,
	blocksBuild: true,
	check(file, all, { root }) {
		if (file.kind !== 'mdx' || !file.tree) return [];
		const known = knownComponents(root);
		const { components, findings } = readImports(file, known);
		const declared = Array.isArray(file.fields?.data.checklists) ? (file.fields.data.checklists as unknown[]) : [];
		for (const element of jsxElements(file.tree)) {
			const name = element.name;
			if (!name || !isComponentName(name)) continue;
			const offset = offsetOfNode(element);
			const component = components.get(name);
			if (!component) {
				findings.push({
					offset,
					message: known.has(name)
						? `le composant <${name}> est utilisé sans être importé.`
						: `aucun composant <${name}> dans le site${didYouMean(name, known)}. Composants disponibles : ${[...known].join(', ')}.`,
					fix: known.has(name)
						? `ajoutez en tête de page : ${importLine(name)}`
						: 'utilisez l’un des composants de /contribuer/composants/, importé depuis ~/components/.',
				});
				continue;
			}
			if (component !== 'Checklist') continue;
			const id = stringAttribute(element, 'id');
			if (id === undefined) continue;
			// The same test as the `checklists` field's (src/schemas/references.ts): the file exists.
			if (!entryExists('checklists', id))
				findings.push({
					offset,
					id: 'checklist-inconnue',
					message: `<Checklist id="${id}" /> : aucune checklist « ${id} », le fichier content/checklists/${id}.yaml n’existe pas${didYouMean(id, checklistIds(all))}.`,
					fix: 'corrigez l’identifiant : le nom d’un fichier de content/checklists/, sans .yaml.',
				});
			else if (!declared.includes(id))
				findings.push({
					offset,
					id: 'checklist-non-declaree',
					message: `la page intègre <Checklist id="${id}" /> sans la citer dans son champ checklists.`,
					fix: `ajoutez « ${id} » à la liste checklists de l’en-tête.`,
				});
		}
		return findings;
	},
};
