/**
 * Learning paths in the reader's browser. A step is a guide; its state comes from the ticks of the
 * guide's checklists meant for the path's audience: « Fait » when all are complete, « En cours »
 * once one box is ticked. The steps of a path are the `<PathStep guide="…" />` of its page, in
 * order: a guide of a path ends with the next step, read from there.
 */

export type StepState = 'fait' | 'en-cours' | 'a-faire';
export const STEP_LABELS: Record<StepState, string> = { fait: 'Fait', 'en-cours': 'En cours', 'a-faire': 'À faire' };

/** The state of a step from its checklists' ticked and total counts. */
export function stepState(checklists: readonly { ticked: number; total: number }[]): StepState {
	if (checklists.length > 0 && checklists.every(({ ticked, total }) => ticked >= total)) return 'fait';
	return checklists.some(({ ticked }) => ticked > 0) ? 'en-cours' : 'a-faire';
}

/** The guide ids of a path page's steps, in order, from its MDX source. */
export function pathStepIds(source: string): string[] {
	return [...source.matchAll(/<PathStep\s+guide="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** Where a guide leads in a path: the next step, or null after the last one (back to the path). */
export function stepAfter(steps: readonly string[], guideId: string): { position: number; next: string | null } | null {
	const index = steps.indexOf(guideId);
	if (index === -1) return null;
	return { position: index + 1, next: steps[index + 1] ?? null };
}
