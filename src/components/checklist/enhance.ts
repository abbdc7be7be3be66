/**
 * The one script of the checklists: turns the server-rendered lists into saved ones. Every
 * checklist on the page with the same id and version shares one state, kept in memory (so it stays
 * in step even when the browser refuses to store it), saved to localStorage and reloaded when
 * another tab changes it.
 */
import {
	browserStorage,
	dayText,
	progressText,
	readDates,
	writeDates,
	readProgress,
	storageKey,
	writeProgress,
	type ChecklistIdentity,
} from '../../lib/checklists/progress-store.ts';

interface View {
	section: HTMLElement;
	identity: ChecklistIdentity;
	key: string;
	boxes: HTMLInputElement[];
	progress: HTMLElement;
	dates: HTMLElement;
	reset: HTMLButtonElement;
	undo: HTMLButtonElement;
	/** Ticks as they were before « Tout décocher », while « Annuler » is offered. */
	undoTicks: string[] | null;
}

/** A box's item id: its element id is `c<n>--<item id>` (see ChecklistView.astro). */
function itemId(box: HTMLInputElement): string {
	return box.id.slice(box.id.indexOf('--') + 2);
}

export function enhanceChecklists(): void {
	const storage = browserStorage();
	const state = new Map<string, string[]>();
	const views = [...document.querySelectorAll<HTMLElement>('[data-checklist]')].flatMap((section) => {
		const tools = section.querySelector<HTMLElement>('[data-checklist-tools]');
		const progress = tools?.querySelector<HTMLElement>('[data-progress]');
		const dates = tools?.querySelector<HTMLElement>('[data-dates]');
		const reset = tools?.querySelector<HTMLButtonElement>('[data-reset]');
		const undo = tools?.querySelector<HTMLButtonElement>('[data-undo]');
		if (!tools || !progress || !dates || !reset || !undo) return [];
		const boxes = [...section.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
		const identity = {
			id: section.dataset['checklist'] ?? '',
			version: Number(section.dataset['version']),
			itemIds: boxes.map(itemId),
		};
		const view: View = {
			section,
			identity,
			key: storageKey(identity.id, identity.version),
			boxes,
			progress,
			dates,
			reset,
			undo,
			undoTicks: null,
		};
		// A box ticked before the script ran (a quick reader, or the browser restoring a form) counts.
		const early = boxes.filter((box) => box.checked).map(itemId);
		if (!state.has(view.key)) state.set(view.key, [...new Set([...readProgress(storage, identity), ...early])]);
		tools.hidden = false;
		return [view];
	});

	function show(key: string, message = ''): void {
		const ticked = new Set(state.get(key));
		for (const view of views) {
			if (view.key !== key) continue;
			for (const box of view.boxes) box.checked = ticked.has(itemId(box));
			const done = view.boxes.filter((box) => box.checked).length;
			const complete = done === view.boxes.length;
			view.section.toggleAttribute('data-complete', complete);
			view.progress.textContent = `${complete ? 'Terminé, bravo\u00A0! ' : 'Progression\u00A0: '}${progressText(done, view.boxes.length)}${message && view.undoTicks ? message : ''}`;
			const { tick, done: completed } = readDates(storage, view.identity);
			view.dates.textContent = [tick && `Dernière coche ${dayText(tick)}`, completed && `terminée ${dayText(completed)}`]
				.filter(Boolean)
				.join(', ');
			view.undo.hidden = !view.undoTicks;
		}
	}

	function save(view: View, ticked: string[], message = '', ticking = false): void {
		state.set(view.key, ticked);
		writeProgress(storage, view.identity, ticked);
		// A reset keeps the dates: « Nouvelle période » still says when the last one was completed.
		if (ticking) {
			const now = new Date().toISOString();
			const dates = readDates(storage, view.identity);
			writeDates(storage, view.identity, { ...dates, tick: now, ...(ticked.length === view.boxes.length && { done: now }) });
		}
		show(view.key, message);
	}

	for (const view of views) {
		view.section.addEventListener('change', () => {
			for (const other of views) if (other.key === view.key) other.undoTicks = null;
			save(view, view.boxes.filter((box) => box.checked).map(itemId), '', true);
		});
		view.reset.addEventListener('click', () => {
			const ticked = state.get(view.key) ?? [];
			view.undoTicks = ticked.length > 0 ? ticked : null;
			save(view, [], '. Cases décochées.');
		});
		view.undo.addEventListener('click', () => {
			const ticked = view.undoTicks ?? [];
			view.undoTicks = null;
			// The button disappears: give the focus back to the one that made it appear.
			view.reset.focus();
			save(view, ticked);
		});
		show(view.key);
	}

	// Another tab ticked or reset the same checklist: show what it saved.
	addEventListener('storage', (event) => {
		for (const view of views) {
			if (event.key !== view.key && event.key !== `${view.key}:dates` && event.key !== null) continue;
			state.set(view.key, readProgress(storage, view.identity));
			show(view.key);
		}
	});
}
