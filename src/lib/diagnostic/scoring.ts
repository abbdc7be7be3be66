/**
 * Scores of the diagnostic: per axis, the mean of its answers brought to 0–100, its level, the
 * weakest axes, the change since the previous run and the statements where the two sides differ
 * most. Pure functions over plain answers, so the page and the tests share them.
 */
import { SCALE_MAX, type DiagnosticModel } from './model.ts';
import type { Level } from '../../schemas/diagnostic.ts';

/** Statement id → answer, 1 to SCALE_MAX. A statement left out is not answered. */
export type Answers = Record<string, number>;

/** Lower bounds of each level of LEVELS (after the first), on the 0–100 score. */
const LEVEL_FLOORS: Record<Exclude<Level, 'fragile'>, number> = { 'en-construction': 50, solide: 75 };

export interface AxisScore {
	axisId: string;
	/** 0 to 100, or null when no statement of the axis is answered. */
	score: number | null;
}

export function isAnswer(value: unknown): value is number {
	return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= SCALE_MAX;
}

export function axisScores(model: DiagnosticModel, answers: Answers): AxisScore[] {
	return model.axes.map((axis) => {
		const given = axis.statements.map((statement) => answers[statement.id]).filter(isAnswer);
		if (given.length === 0) return { axisId: axis.id, score: null };
		const mean = given.reduce((sum, value) => sum + value, 0) / given.length;
		return { axisId: axis.id, score: Math.round(((mean - 1) / (SCALE_MAX - 1)) * 100) };
	});
}

export function levelOf(score: number): Level {
	return score >= LEVEL_FLOORS.solide ? 'solide' : score >= LEVEL_FLOORS['en-construction'] ? 'en-construction' : 'fragile';
}

/** Whether every statement has an answer. */
export function isComplete(model: DiagnosticModel, answers: Answers): boolean {
	return model.statementIds.every((id) => isAnswer(answers[id]));
}

/**
 * The axes to work on first: every fragile one; when none is fragile, the `count` lowest of those
 * not yet solid. Lowest first, ties in questionnaire order.
 */
export function weakestAxes(scores: readonly AxisScore[], count = 2): string[] {
	const candidates = scores
		.flatMap(({ axisId, score }, index) => (score !== null && levelOf(score) !== 'solide' ? [{ axisId, score, index }] : []))
		.sort((a, b) => a.score - b.score || a.index - b.index);
	const fragile = candidates.filter(({ score }) => levelOf(score) === 'fragile');
	return (fragile.length > 0 ? fragile : candidates.slice(0, count)).map(({ axisId }) => axisId);
}

/** Change of each axis since an earlier run, in points; null where either run lacks a score. */
export function evolution(current: readonly AxisScore[], previous: readonly AxisScore[]): Record<string, number | null> {
	const before = new Map(previous.map(({ axisId, score }) => [axisId, score]));
	return Object.fromEntries(
		current.map(({ axisId, score }) => {
			const old = before.get(axisId);
			return [axisId, score === null || old === null || old === undefined ? null : score - old];
		}),
	);
}

export interface Gap {
	statementId: string;
	axisId: string;
	mine: number;
	theirs: number;
	/** Absolute difference of the two answers. */
	gap: number;
}

/** A gap of this many points on the scale or more is worth a conversation. */
export const NOTABLE_GAP = 2;

/** The statements where the two sides differ by NOTABLE_GAP or more, the widest first. */
export function widestGaps(model: DiagnosticModel, mine: Answers, theirs: Answers, count = 3): Gap[] {
	return model.axes
		.flatMap((axis) =>
			axis.statements.flatMap((statement) => {
				const a = mine[statement.id];
				const b = theirs[statement.id];
				if (!isAnswer(a) || !isAnswer(b)) return [];
				return [{ statementId: statement.id, axisId: axis.id, mine: a, theirs: b, gap: Math.abs(a - b) }];
			}),
		)
		.filter(({ gap }) => gap >= NOTABLE_GAP)
		.sort((a, b) => b.gap - a.gap)
		.slice(0, count);
}
