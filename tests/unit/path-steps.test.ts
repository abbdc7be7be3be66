import { describe, expect, it } from 'vitest';
import { pathStepIds, stepAfter, stepState } from '../../src/lib/paths/path-steps.ts';

describe('state of a path step', () => {
	it.each([
		// nothing ticked
		[[{ ticked: 0, total: 8 }], 'a-faire'],
		// one box in one of the checklists
		[
			[
				{ ticked: 0, total: 8 },
				{ ticked: 1, total: 6 },
			],
			'en-cours',
		],
		// every checklist complete
		[
			[
				{ ticked: 8, total: 8 },
				{ ticked: 6, total: 6 },
			],
			'fait',
		],
		// a step without checklists is never done by ticks
		[[], 'a-faire'],
	] as const)('%j is %s', (counts, state) => {
		expect(stepState(counts)).toBe(state);
	});
});

describe('steps of a path page', () => {
	const source = '## 1. Un\n\n<PathStep guide="guides/a" />\n\n## 2. Deux\n\n<PathStep  guide="guides/b" />\n';
	it('reads the steps in order from the page', () => {
		expect(pathStepIds(source)).toEqual(['guides/a', 'guides/b']);
	});
	it('gives the next step, then none after the last, and nothing for a guide outside the path', () => {
		expect(stepAfter(['guides/a', 'guides/b'], 'guides/a')).toEqual({ position: 1, next: 'guides/b' });
		expect(stepAfter(['guides/a', 'guides/b'], 'guides/b')).toEqual({ position: 2, next: null });
		expect(stepAfter(['guides/a', 'guides/b'], 'guides/c')).toBeNull();
	});
});
