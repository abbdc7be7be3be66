/** « Vos checklists en cours » on the home page (src/components/ChecklistsInProgress.astro): the started ones, most recently ticked first. */
import { showCardProgress } from './card-progress.ts';

export function showChecklistsInProgress(): void {
	const section = document.querySelector<HTMLElement>('[data-in-progress]');
	const list = section?.querySelector('ul');
	if (!section || !list) return;
	const started = showCardProgress(section).sort((a, b) => b.lastTick.localeCompare(a.lastTick));
	for (const { card } of started.slice(0, 6)) {
		card.hidden = false;
		list.append(card);
	}
	section.hidden = started.length === 0;
}
