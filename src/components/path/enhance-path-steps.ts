/** Brings the steps of a learning path to life: their state from the reader's ticks. */
import { browserStorage, readProgress, type ChecklistIdentity } from '../../lib/checklists/progress-store.ts';
import { STEP_LABELS, stepState } from '../../lib/paths/path-steps.ts';

export function enhancePathSteps(): void {
	const storage = browserStorage();
	for (const element of document.querySelectorAll<HTMLElement>('[data-path-step]')) {
		let checklists: ChecklistIdentity[] = [];
		try {
			checklists = JSON.parse(element.dataset['checklists'] ?? '[]') as ChecklistIdentity[];
		} catch {
			// Written by the build: an unreadable list only hides the state.
		}
		const counts = checklists.map((checklist) => ({
			ticked: readProgress(storage, checklist).length,
			total: checklist.itemIds.length,
		}));
		const state = stepState(counts);
		const ticked = counts.reduce((sum, count) => sum + count.ticked, 0);
		const total = counts.reduce((sum, count) => sum + count.total, 0);
		element.dataset['stepState'] = state;
		const [label, count] = element.children;
		if (label) label.textContent = STEP_LABELS[state];
		if (count)
			count.textContent = total > 0 ? `${ticked} action${ticked > 1 ? 's' : ''} cochée${ticked > 1 ? 's' : ''} sur ${total}` : '';
		element.hidden = false;
	}
}
