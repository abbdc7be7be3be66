import { describe, expect, it } from 'vitest';
import { buildModel, type AxisEntry } from '../../src/lib/diagnostic/model.ts';
import { axisScores, evolution, isComplete, levelOf, weakestAxes, widestGaps } from '../../src/lib/diagnostic/scoring.ts';

function entry(id: string, order: number, ids: string[]): AxisEntry {
	return { id, data: { title: id, kind: 'pilier', order, statements: ids.map((s) => ({ id: s, assistant: s, dirigeant: s })) } };
}
const model = buildModel([
	entry('t', 1, ['t1', 't2', 't3', 't4', 't5']),
	entry('f', 2, ['f1', 'f2', 'f3', 'f4', 'f5']),
	entry('a', 3, ['a1', 'a2', 'a3', 'a4', 'a5']),
]);
const all = (value: number, prefix: string) => Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`${prefix}${n}`, value]));

describe('diagnostic scores', () => {
	it.each([
		// all 1: the bottom of the scale
		[all(1, 't'), 0],
		// all 5: the top
		[all(5, 't'), 100],
		// all 3: the middle
		[all(3, 't'), 50],
		// mean 3.4 → 60
		[{ t1: 3, t2: 3, t3: 3, t4: 4, t5: 4 }, 60],
		// one answer only counts on its own
		[{ t1: 4 }, 75],
		// answers out of the scale are ignored
		[{ t1: 4, t2: 9, t3: 0 }, 75],
	])('%j scores %i', (answers, score) => {
		expect(axisScores(model, answers)[0]).toEqual({ axisId: 't', score });
	});

	it('gives no score to an axis left blank', () => {
		expect(axisScores(model, all(4, 't'))[1]).toEqual({ axisId: 'f', score: null });
	});

	it.each([
		[0, 'fragile'],
		[49, 'fragile'],
		[50, 'en-construction'],
		[74, 'en-construction'],
		[75, 'solide'],
		[100, 'solide'],
	])('%i is %s', (score, level) => {
		expect(levelOf(score)).toBe(level);
	});

	it('is complete only when every statement is answered', () => {
		const answers = { ...all(3, 't'), ...all(3, 'f'), ...all(3, 'a') };
		expect(isComplete(model, answers)).toBe(true);
		delete answers['a5'];
		expect(isComplete(model, answers)).toBe(false);
	});

	it.each([
		// every fragile axis, lowest first, however many
		[
			[30, 40, 45, 90],
			['t', 'f', 'a'],
		],
		// none fragile: the two lowest that are not solid, ties in questionnaire order
		[
			[60, 55, 60, 70],
			['f', 't'],
		],
		// all solid: nothing to work on first
		[[80, 90, 75, 100], []],
	])('works first on %j → %j', (values, expected) => {
		const scores = values.map((score, index) => ({ axisId: ['t', 'f', 'a', 'p'][index] ?? '', score }));
		expect(weakestAxes(scores)).toEqual(expected);
	});

	it('measures the change since the previous run', () => {
		expect(
			evolution(
				[
					{ axisId: 't', score: 60 },
					{ axisId: 'f', score: null },
				],
				[
					{ axisId: 't', score: 45 },
					{ axisId: 'f', score: 30 },
				],
			),
		).toEqual({ t: 15, f: null });
	});

	it('lists the statements where the two sides differ by two points or more, the widest first', () => {
		const mine = { t1: 5, t2: 4, t3: 3, f1: 1 };
		const theirs = { t1: 1, t2: 3, t3: 1, f1: 4 };
		expect(widestGaps(model, mine, theirs).map(({ statementId, gap }) => [statementId, gap])).toEqual([
			['t1', 4],
			['f1', 3],
			['t3', 2],
		]);
	});
});
