/**
 * The diagnostic as the page and its script use it: the axes of `content/diagnostic/` in order,
 * their statements, the answer scale and the two sides of the pair. The checks that need every
 * file at once (statement ids unique across axes, 15 to 24 statements) live here.
 */
import { ContributorError, type FieldProblem } from '../contributor-errors.ts';
import type { AxisKind } from '../../schemas/diagnostic.ts';

/** The two sides of the pair; a pairing code starts with the first letter of its side, in capitals. */
export const ROLES = ['assistant', 'dirigeant'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
	assistant: 'Assistante ou assistant',
	dirigeant: 'Dirigeante ou dirigeant',
};

/** The answer scale, from 1 to 5: a score of 0 to 100 comes from its mean (see scoring.ts). */
export const SCALE = [
	{ value: 1, label: 'Pas du tout d’accord' },
	{ value: 2, label: 'Plutôt pas d’accord' },
	{ value: 3, label: 'Mitigé' },
	{ value: 4, label: 'Plutôt d’accord' },
	{ value: 5, label: 'Tout à fait d’accord' },
] as const;
export const SCALE_MAX = SCALE.length;

/** How many statements the whole diagnostic holds: enough to be fair, few enough to finish in ten minutes. */
export const STATEMENT_LIMITS = { min: 15, max: 24 } as const;

export interface Statement {
	id: string;
	assistant: string;
	dirigeant: string;
}

export interface Axis {
	id: string;
	title: string;
	kind: AxisKind;
	statements: Statement[];
}

export interface DiagnosticModel {
	axes: Axis[];
	/** Every statement id, in questionnaire order: the order of the answers in a pairing code. */
	statementIds: string[];
}

/** What the model needs of an entry of the collection. */
export interface AxisEntry {
	id: string;
	filePath?: string | undefined;
	data: { title: string; kind: AxisKind; order: number; statements: Statement[] };
}

export function buildModel(entries: readonly AxisEntry[]): DiagnosticModel {
	const sorted = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
	const file = (entry: AxisEntry) => entry.filePath ?? `content/diagnostic/${entry.id}.yaml`;

	const owner = new Map<string, string>();
	for (const entry of sorted) {
		const problems: FieldProblem[] = [];
		entry.data.statements.forEach((statement, index) => {
			const first = owner.get(statement.id);
			if (first && first !== entry.id)
				problems.push({
					field: `statements.${index}.id`,
					message: `« ${statement.id} » est déjà l’identifiant d’un énoncé de content/diagnostic/${first}.yaml : les réponses enregistrées se mélangeraient. Donnez-lui un identifiant qui lui est propre.`,
				});
			owner.set(statement.id, entry.id);
		});
		if (problems.length > 0) throw new ContributorError(file(entry), problems, 'enonce-en-double');
	}

	const count = owner.size;
	if (count < STATEMENT_LIMITS.min || count > STATEMENT_LIMITS.max) {
		throw new ContributorError(
			'content/diagnostic/',
			[
				{
					field: '',
					message: `le diagnostic compte ${count} énoncés ; il en faut de ${STATEMENT_LIMITS.min} à ${STATEMENT_LIMITS.max}, répartis entre ses fichiers : ${count < STATEMENT_LIMITS.min ? 'ajoutez-en' : 'retirez-en'} ${count < STATEMENT_LIMITS.min ? STATEMENT_LIMITS.min - count : count - STATEMENT_LIMITS.max}.`,
				},
			],
			'nombre-d-enonces',
		);
	}

	const axes = sorted.map((entry) => ({
		id: entry.id,
		title: entry.data.title,
		kind: entry.data.kind,
		statements: entry.data.statements.map(({ id, assistant, dirigeant }) => ({ id, assistant, dirigeant })),
	}));
	return { axes, statementIds: axes.flatMap((axis) => axis.statements.map((statement) => statement.id)) };
}

export function isRole(value: unknown): value is Role {
	return (ROLES as readonly unknown[]).includes(value);
}

/** The other side of the pair. */
export function otherRole(role: Role): Role {
	return role === 'assistant' ? 'dirigeant' : 'assistant';
}
