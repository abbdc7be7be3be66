/**
 * Fields in one order in every file, so that a reviewer finds each at a glance and a diff shows
 * only what changed. Fields the schema does not know keep their place: it reports them itself.
 */
import { CHECKLIST_FIELD_ORDER, PAGE_FIELD_ORDER } from '../schema-fields.ts';
import type { LintRule, SourceFile } from '../types.ts';

interface Block {
	key: string;
	text: string;
}

/** The top-level fields as blocks of lines; a comment goes with the field below it. */
function blocks(text: string): Block[] | undefined {
	const result: Block[] = [];
	let pending = '';
	for (const line of text.split('\n')) {
		const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
		const last = result.at(-1);
		if (key) result.push({ key, text: `${pending}${line}\n` });
		else if (line.startsWith('#') || line.trim() === '') pending += `${line}\n`;
		else if (last) last.text += `${line}\n`;
		else return undefined;
		if (key) pending = '';
	}
	if (pending.trim()) return undefined; // a trailing comment: leave the file alone
	return result;
}

function orderFor(file: SourceFile): readonly string[] | undefined {
	if (file.kind === 'mdx') return PAGE_FIELD_ORDER;
	if (/^(?:content|entreprise)\/checklists\//.test(file.path)) return CHECKLIST_FIELD_ORDER;
	return undefined;
}

export const ordreDesChamps: LintRule = {
	id: 'ordre-des-champs',
	fix: 'rangez les champs dans l’ordre de /contribuer/champs/.',
	fixable: true,
	check(file) {
		const order = orderFor(file);
		if (!order || !file.fields) return [];
		const found = blocks(file.fields.text.replace(/\n?$/, ''));
		if (!found) return [];
		// Unknown fields stay where they are: the schema reports them, with their own page.
		const known = found.filter((block) => order.includes(block.key));
		const sortedKnown = [...known].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
		let next = 0;
		const sorted = found.map((block) => (order.includes(block.key) ? (sortedKnown[next++] ?? block) : block));
		const misplaced = found.findIndex((block, index) => block !== sorted[index]);
		if (misplaced === -1) return [];
		const offset = file.fields.start + found.slice(0, misplaced).reduce((length, block) => length + block.text.length, 0);
		const joined = sorted.map((block) => block.text).join('');
		const text = file.fields.text.endsWith('\n') ? joined : joined.slice(0, -1);
		return [
			{
				offset,
				message: `champs dans le désordre : ${sortedKnown.map((block) => block.key).join(', ')} est l’ordre attendu.`,
				edits: [{ start: file.fields.start, end: file.fields.start + file.fields.text.length, replacement: text }],
			},
		];
	},
};
