/**
 * The script of /outils/journal/ only: adds, edits and deletes entries, keeps the period, draws
 * the synthesis, prints it, and exports and imports the journal (CSV) and the synthesis (Markdown).
 */
import { required } from '../../lib/dom/required.ts';
import {
	dayOf,
	defaultPeriod,
	inPeriod,
	isDay,
	isMinutes,
	journalStore,
	mergeEntries,
	newEntryId,
	sortEntries,
	type Entry,
	type JournalState,
	type Period,
} from '../../lib/journal/entries.ts';
import type { Family } from '../../lib/journal/families.ts';
import { entriesFromCsv, entriesToCsv } from '../../lib/journal/csv.ts';
import { synthesise, synthesisMarkdown, type Share } from '../../lib/journal/synthesis.ts';
import { formatDay, formatMinutes } from '../../lib/journal/format.ts';
import { NBSP, NNBSP } from '../../lib/typography/french.ts';
import { readStore, toolStorage, writeStore } from '../../lib/tools/versioned-store.ts';
import { keepDrawn } from './bar-chart.ts';
import { download, readNotice, say, writeNotice } from './notices.ts';

const RESCUE = 'Exportez le journal en CSV pour ne rien perdre.';

function element<K extends keyof HTMLElementTagNameMap>(name: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(name);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

export function startJournal(): void {
	const root = required<HTMLElement>(document, '[data-journal]');
	const { families } = JSON.parse(required(root, '[data-journal-model]').textContent ?? '{}') as { families: Family[] };
	const labels = new Map(families.map((family) => [family.code, family.label]));
	const status = required<HTMLElement>(root, '[data-status]');
	const form = required<HTMLFormElement>(root, '[data-entry-form]');
	const field = <E extends HTMLInputElement | HTMLSelectElement>(name: string) => required<E>(form, `[name="${name}"]`);
	const formError = required<HTMLElement>(form, '[data-form-error]');
	const submit = required<HTMLButtonElement>(form, '[data-submit]');
	const cancel = required<HTMLButtonElement>(form, '[data-cancel]');
	const periodForm = required<HTMLFormElement>(root, '[data-period-form]');
	const periodError = required<HTMLElement>(root, '[data-period-error]');
	const list = required<HTMLElement>(root, '[data-entries]');
	const listStatus = required<HTMLElement>(root, '[data-list-status]');
	const importStatus = required<HTMLElement>(root, '[data-import-status]');

	const storage = toolStorage();
	const read = readStore(storage, journalStore);
	let state: JournalState = read.value;
	const writable = read.writable;
	say(status, readNotice(read, 'votre journal', RESCUE));
	/** The entry being edited, if any. */
	let editing: string | null = null;
	/** The last deletion, while « Annuler » is offered. */
	let deleted: Entry | null = null;

	const today = () => dayOf(new Date());
	const period = (): Period => state.period ?? defaultPeriod(today());

	function save(): void {
		if (!writable) return;
		const notice = writeNotice(writeStore(storage, journalStore, state), RESCUE);
		say(status, notice);
	}

	function update(next: JournalState): void {
		state = next;
		save();
		render();
	}

	// ——— Entry form ———

	const familySelect = field<HTMLSelectElement>('family');
	const showExamples = () =>
		say(
			required(form, '[data-family-examples]'),
			`Par exemple : ${families.find((family) => family.code === familySelect.value)?.examples ?? ''}.`,
		);
	familySelect.addEventListener('change', showExamples);

	function resetForm(): void {
		form.reset();
		field('date').value = today();
		editing = null;
		submit.textContent = 'Ajouter au journal';
		cancel.hidden = true;
		formError.hidden = true;
		for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
		showExamples();
	}

	function invalid(input: HTMLElement, message: string): void {
		input.setAttribute('aria-invalid', 'true');
		say(formError, message);
		input.focus();
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
		const task = field('task').value.trim();
		const minutes = Number(field('minutes').value);
		const date = field('date').value;
		if (!task) return invalid(field('task'), 'Écrivez en quelques mots ce que vous avez fait.');
		if (!isMinutes(minutes)) return invalid(field('minutes'), 'Indiquez un temps en minutes, un nombre entier entre 1 et 1 440.');
		if (!isDay(date)) return invalid(field('date'), 'Indiquez la date de la tâche.');
		const entry: Entry = {
			id: editing ?? newEntryId(),
			date,
			task,
			family: familySelect.value,
			minutes,
			beneficiary: field('beneficiary').value.trim(),
			avoided: field<HTMLInputElement>('avoided').checked,
			note: field('note').value.trim(),
		};
		const wasEditing = editing;
		update({ ...state, entries: sortEntries([...state.entries.filter((other) => other.id !== entry.id), entry]) });
		resetForm();
		say(
			listStatus,
			wasEditing
				? `Tâche modifiée : ${entry.task}.`
				: `Tâche ajoutée : ${entry.task}.${inPeriod(entry, period()) ? '' : ' Elle est hors de la période affichée.'}`,
		);
		if (wasEditing) list.querySelector<HTMLElement>(`[data-entry="${wasEditing}"] [data-edit]`)?.focus();
		else field('task').focus();
	});
	cancel.addEventListener('click', () => {
		const id = editing;
		resetForm();
		list.querySelector<HTMLElement>(`[data-entry="${id}"] [data-edit]`)?.focus();
	});

	function edit(entry: Entry): void {
		editing = entry.id;
		field('task').value = entry.task;
		familySelect.value = labels.has(entry.family) ? entry.family : (families[0]?.code ?? '');
		field('minutes').value = String(entry.minutes);
		field('beneficiary').value = entry.beneficiary;
		field('date').value = entry.date;
		field<HTMLInputElement>('avoided').checked = entry.avoided;
		field('note').value = entry.note;
		submit.textContent = 'Enregistrer la modification';
		cancel.hidden = false;
		showExamples();
		field('task').focus();
	}

	// ——— Period ———

	const startInput = required<HTMLInputElement>(periodForm, '[name="start"]');
	const endInput = required<HTMLInputElement>(periodForm, '[name="end"]');
	periodForm.addEventListener('submit', (event) => {
		event.preventDefault();
		const chosen = { start: startInput.value, end: endInput.value };
		if (!isDay(chosen.start) || !isDay(chosen.end) || chosen.start > chosen.end) {
			say(periodError, 'Choisissez deux dates, la première avant la seconde.');
			return;
		}
		periodError.hidden = true;
		update({ ...state, period: chosen });
	});
	required(periodForm, '[data-default-period]').addEventListener('click', () => update({ ...state, period: null }));

	// ——— List, synthesis ———

	const familyName = (code: string) => labels.get(code) ?? code;
	const chartBox = required<HTMLElement>(root, '[data-chart]');
	const redraw = keepDrawn(chartBox, () => {
		const synthesis = synthesise(state.entries, period(), families);
		const max = Math.max(...synthesis.byFamily.map((share) => share.minutes), 1);
		return {
			title: `Temps par catégorie du ${formatDay(synthesis.period.start)} au ${formatDay(synthesis.period.end)}.`,
			series: ['Temps'],
			max,
			rows: synthesis.byFamily.map((share) => ({
				label: share.label,
				values: [share.minutes],
				texts: [formatMinutes(share.minutes)],
			})),
		};
	});

	function shareRows(table: HTMLTableElement, shares: Share[]): void {
		required(table, 'tbody').replaceChildren(
			...shares.map((share) => {
				const row = element('tr');
				const th = element('th', share.label);
				th.scope = 'row';
				row.append(
					th,
					element('td', formatMinutes(share.minutes)),
					element('td', `${share.percent}${NNBSP}%`),
					element('td', String(share.count)),
				);
				return row;
			}),
		);
	}

	function renderList(entries: Entry[]): void {
		list.replaceChildren(
			...entries.map((entry) => {
				const item = element('li', undefined, 'journal__entry');
				item.dataset['entry'] = entry.id;
				const title = element('p', entry.task, 'journal__task');
				if (entry.avoided) title.append(element('span', 'incident évité', 'journal__badge'));
				const meta = element('p', undefined, 'tool__hint');
				say(
					meta,
					[
						formatDay(entry.date),
						`${entry.family} ${familyName(entry.family)}`,
						formatMinutes(entry.minutes),
						entry.beneficiary ? `pour ${entry.beneficiary}` : '',
					]
						.filter(Boolean)
						.join(' · '),
				);
				meta.hidden = false;
				item.append(title, meta);
				if (entry.note) item.append(element('p', `Sans cela${NBSP}: ${entry.note}`));
				const actions = element('div', undefined, 'tool__actions');
				const editButton = element('button', 'Modifier', 'action-button');
				editButton.type = 'button';
				editButton.dataset['edit'] = '';
				editButton.setAttribute('aria-label', `Modifier «${NNBSP}${entry.task}${NNBSP}»`);
				editButton.addEventListener('click', () => edit(entry));
				const deleteButton = element('button', 'Supprimer', 'action-button');
				deleteButton.type = 'button';
				deleteButton.setAttribute('aria-label', `Supprimer «${NNBSP}${entry.task}${NNBSP}»`);
				deleteButton.addEventListener('click', () => remove(entry));
				actions.append(editButton, deleteButton);
				item.append(actions);
				return item;
			}),
		);
	}

	const undoButton = element('button', 'Annuler la suppression', 'action-button');
	undoButton.type = 'button';
	undoButton.addEventListener('click', () => {
		if (!deleted) return;
		const entry = deleted;
		deleted = null;
		update({ ...state, entries: sortEntries([...state.entries, entry]) });
		say(listStatus, `Tâche rétablie : ${entry.task}.`);
		list.querySelector<HTMLElement>(`[data-entry="${entry.id}"] [data-edit]`)?.focus();
	});

	function remove(entry: Entry): void {
		if (editing === entry.id) resetForm();
		deleted = entry;
		update({ ...state, entries: state.entries.filter((other) => other.id !== entry.id) });
		say(listStatus, `Tâche supprimée : ${entry.task}. `);
		listStatus.append(undoButton);
		undoButton.focus();
	}

	function render(): void {
		const current = period();
		startInput.value = current.start;
		endInput.value = current.end;
		const synthesis = synthesise(state.entries, current, families);
		renderList(synthesis.entries);
		if (synthesis.entries.length === 0 && !deleted)
			say(listStatus, state.entries.length === 0 ? 'Aucune tâche notée pour l’instant.' : 'Aucune tâche sur cette période.');
		say(
			required(root, '[data-synthesis-intro]'),
			`Du ${formatDay(current.start)} au ${formatDay(current.end)} : ${synthesis.entries.length} ${synthesis.entries.length > 1 ? 'tâches notées' : 'tâche notée'}, ${formatMinutes(synthesis.totalMinutes)} au total, dont ${synthesis.avoided.length} ${synthesis.avoided.length > 1 ? 'incidents évités' : 'incident évité'}.`,
		);
		shareRows(required(root, '[data-family-table]'), synthesis.byFamily);
		shareRows(required(root, '[data-beneficiary-table]'), synthesis.byBeneficiary);
		const avoided = required<HTMLElement>(root, '[data-avoided]');
		avoided.replaceChildren(
			...(synthesis.avoided.length === 0
				? [element('li', 'Aucun incident évité noté sur la période.')]
				: synthesis.avoided.map((entry) => {
						const item = element('li');
						say(item, `${formatDay(entry.date)} : ${entry.task}${entry.note ? `. Sans cela : ${entry.note}` : ''}`);
						return item;
					})),
		);
		const names = [...new Set(state.entries.map((entry) => entry.beneficiary).filter(Boolean))].sort((a, b) =>
			a.localeCompare(b, 'fr'),
		);
		required(root, '[data-beneficiaries]').replaceChildren(
			...names.map((name) => {
				const option = element('option');
				option.value = name;
				return option;
			}),
		);
		redraw();
	}

	// ——— Print, export, import ———

	required(root, '[data-print]').addEventListener('click', () => print());
	const fileDay = () => today();
	required(root, '[data-export-markdown]').addEventListener('click', () =>
		download(
			`synthese-charge-invisible-${fileDay()}.md`,
			'text/markdown;charset=utf-8',
			synthesisMarkdown(synthesise(state.entries, period(), families)),
		),
	);
	required(root, '[data-export-csv]').addEventListener('click', () =>
		download(`journal-charge-invisible-${fileDay()}.csv`, 'text/csv;charset=utf-8', entriesToCsv(state.entries, families)),
	);
	const importInput = required<HTMLInputElement>(root, '[data-import]');
	importInput.addEventListener('change', async () => {
		const file = importInput.files?.[0];
		if (!file) return;
		const { entries, problems } = entriesFromCsv(await file.text(), families);
		if (entries.length > 0) update({ ...state, entries: mergeEntries(state.entries, entries) });
		const outside = entries.filter((entry) => !inPeriod(entry, period())).length;
		const summary = `${entries.length} ${entries.length > 1 ? 'tâches importées' : 'tâche importée'} de ${file.name}.${outside > 0 ? ` ${outside} hors de la période affichée.` : ''}`;
		say(
			importStatus,
			[
				summary,
				...problems.slice(0, 5),
				...(problems.length > 5 ? [`Et ${problems.length - 5} autres lignes ignorées.`] : []),
			].join(' '),
		);
		importInput.value = '';
	});
	required(root, '[data-clear]').addEventListener('click', () => {
		if (!confirm('Vider le journal de ce navigateur ? Exportez-le d’abord en CSV si vous voulez le garder.')) return;
		deleted = null;
		update({ entries: [], period: null });
		say(listStatus, 'Le journal est vide.');
	});

	resetForm();
	render();
}
