/**
 * Progress on the cards that list checklists (/checklists/ and the home page's « Vos checklists en
 * cours »): « 3 sur 10 », a bar, and the day of the last tick, read from the reader's saved ticks.
 * Each card names its checklist in `data-progress-card="<id> <version> <item ids…>"`.
 */
import { browserStorage, dayText, progressText, readDates, readProgress } from '../../lib/checklists/progress-store.ts';

export interface CardProgress {
	card: HTMLElement;
	ticked: number;
	lastTick: string;
}

export function showCardProgress(root: ParentNode = document): CardProgress[] {
	const storage = browserStorage();
	const shown: CardProgress[] = [];
	for (const card of root.querySelectorAll<HTMLElement>('[data-progress-card]')) {
		const [id = '', version = '', ...itemIds] = (card.dataset['progressCard'] ?? '').split(' ');
		const identity = { id, version: Number(version), itemIds };
		const ticked = readProgress(storage, identity).length;
		const output = card.querySelector<HTMLElement>('[data-card-progress]');
		if (!output || ticked === 0) continue;
		const { tick = '' } = readDates(storage, identity);
		const complete = ticked === itemIds.length;
		output.querySelector('meter')?.setAttribute('value', String(ticked / itemIds.length));
		const text = output.querySelector('span');
		if (text)
			text.textContent = `${complete ? 'Terminée' : progressText(ticked, itemIds.length)}${tick ? `, dernière coche ${dayText(tick)}` : ''}`;
		output.hidden = false;
		shown.push({ card, ticked, lastTick: tick });
	}
	return shown;
}
