/**
 * The script of /outils/diagnostic/ only: keeps the answers in progress, scores a finished run,
 * shows what each score means and the links of the weakest axes, hands out this side's code and
 * link, reads the other side's (pasted or from the link's fragment) and compares both.
 */
import { required } from '../../lib/dom/required.ts';
import { isRole, otherRole, type DiagnosticModel, type Role } from '../../lib/diagnostic/model.ts';
import {
	axisScores,
	evolution,
	isAnswer,
	isComplete,
	levelOf,
	weakestAxes,
	widestGaps,
	type Answers,
	type AxisScore,
} from '../../lib/diagnostic/scoring.ts';
import { codeFragment, codeFromFragment, decodeAnswers, encodeAnswers } from '../../lib/diagnostic/pairing-code.ts';
import { diagnosticStore, lastRuns, withRun, type DiagnosticState } from '../../lib/diagnostic/store.ts';
import { readStore, toolStorage, writeStore } from '../../lib/tools/versioned-store.ts';
import { dayOf } from '../../lib/journal/entries.ts';
import { formatDay } from '../../lib/journal/format.ts';
import { keepDrawn } from './bar-chart.ts';
import { readNotice, say, writeNotice } from './notices.ts';

interface ClientModel extends DiagnosticModel {
	roles: Record<Role, string>;
	scale: string[];
	levels: Record<string, string>;
	axes: (DiagnosticModel['axes'][number] & { conversation: string[] })[];
}

/** How the other side is named in a sentence. */
const OTHER_NAME: Record<Role, string> = {
	assistant: 'votre assistante ou votre assistant',
	dirigeant: 'votre dirigeante ou votre dirigeant',
};
const RESCUE = 'Notez votre code d’échange pour garder vos réponses.';

const formatDate = (iso: string) => formatDay(dayOf(new Date(iso)));
const signed = (delta: number) => (delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0');

function element<K extends keyof HTMLElementTagNameMap>(name: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(name);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

export function startDiagnostic(): void {
	const root = required<HTMLElement>(document, '[data-diagnostic]');
	const model = JSON.parse(required(root, '[data-diagnostic-model]').textContent ?? '{}') as ClientModel;
	const form = required<HTMLFormElement>(root, '[data-form]');
	const status = required<HTMLElement>(root, '[data-status]');
	const results = required<HTMLElement>(root, '[data-results]');
	const exchange = required<HTMLElement>(root, '[data-exchange]');
	const comparison = required<HTMLElement>(root, '[data-comparison]');
	const historySection = required<HTMLElement>(root, '[data-history]');
	const formError = required<HTMLElement>(root, '[data-form-error]');
	const progress = required<HTMLElement>(root, '[data-progress]');
	const receiveForm = required<HTMLFormElement>(root, '[data-receive]');
	const theirCode = required<HTMLInputElement>(root, '[data-their-code]');
	const receiveError = required<HTMLElement>(root, '[data-receive-error]');
	const axisTitle = new Map(model.axes.map((axis) => [axis.id, axis.title]));

	const storage = toolStorage();
	const read = readStore(storage, diagnosticStore);
	let state: DiagnosticState = read.value;
	const writable = read.writable;
	say(status, readNotice(read, 'vos réponses', RESCUE));

	function save(): void {
		if (!writable) return;
		const notice = writeNotice(writeStore(storage, diagnosticStore, state), RESCUE);
		if (notice) say(status, notice);
	}

	// ——— The questionnaire ———

	const roleInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="role"]')];
	const role = (): Role => {
		const value = roleInputs.find((input) => input.checked)?.value;
		return isRole(value) ? value : 'assistant';
	};
	function answersOfForm(): Answers {
		const answers: Answers = {};
		for (const id of model.statementIds) {
			const value = Number(form.querySelector<HTMLInputElement>(`input[name="${id}"]:checked`)?.value);
			if (isAnswer(value)) answers[id] = value;
		}
		return answers;
	}
	function fillForm(side: Role, answers: Answers): void {
		for (const input of roleInputs) input.checked = input.value === side;
		for (const id of model.statementIds) {
			for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`))
				input.checked = Number(input.value) === answers[id];
		}
		showSide();
	}
	function showSide(): void {
		for (const span of form.querySelectorAll<HTMLElement>('[data-side]')) span.hidden = span.dataset['side'] !== role();
		for (const item of results.querySelectorAll<HTMLElement>('[data-audiences]'))
			item.hidden = !(item.dataset['audiences'] ?? '').split(' ').includes(role());
		updateProgress();
	}
	function updateProgress(): void {
		const done = Object.keys(answersOfForm()).length;
		say(progress, `${done} réponses sur ${model.statementIds.length}`);
	}

	form.addEventListener('change', (event) => {
		if ((event.target as HTMLInputElement).name === 'role') {
			showSide();
			render();
		} else updateProgress();
		state = { ...state, draft: { role: role(), answers: answersOfForm() } };
		formError.hidden = true;
		save();
	});

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const answers = answersOfForm();
		if (!isComplete(model, answers)) {
			const missing = model.statementIds.filter((id) => !isAnswer(answers[id]));
			say(
				formError,
				`Il reste ${missing.length === 1 ? 'un énoncé' : `${missing.length} énoncés`} sans réponse : le premier est entouré ci-dessus.`,
			);
			const first = form.querySelector<HTMLElement>(`[data-statement="${missing[0]}"]`);
			for (const fieldset of form.querySelectorAll<HTMLElement>('[data-statement]'))
				fieldset.toggleAttribute('data-missing', missing.includes(fieldset.dataset['statement'] ?? ''));
			first?.querySelector<HTMLInputElement>('input')?.focus();
			return;
		}
		for (const fieldset of form.querySelectorAll<HTMLElement>('[data-missing]')) fieldset.removeAttribute('data-missing');
		state = withRun(state, { role: role(), date: new Date().toISOString(), answers });
		save();
		render();
		required<HTMLElement>(results, 'h2').focus();
	});

	// ——— Results, exchange, comparison ———

	const chart = required<HTMLElement>(results, '[data-chart]');
	const redraw = keepDrawn(chart, () => {
		const { latest } = lastRuns(state, role());
		if (!latest) return null;
		const mine = axisScores(model, latest.answers);
		const theirs = received() ? axisScores(model, received()?.answers ?? {}) : null;
		return {
			title: theirs ? 'Scores par axe, sur 100 : vos réponses et celles de l’autre regard.' : 'Scores par axe, sur 100.',
			series: theirs ? ['Vous', model.roles[otherRole(role())]] : ['Vous'],
			max: 100,
			rows: mine.map((score, index) => {
				const values = [score.score, ...(theirs ? [theirs[index]?.score ?? null] : [])];
				return {
					label: axisTitle.get(score.axisId) ?? score.axisId,
					values,
					texts: values.map((value) => (value === null ? '' : String(value))),
				};
			}),
		};
	});

	/** The other side's answers, when they came from the other side. */
	const received = () => (state.received && state.received.role !== role() ? state.received : null);

	function render(): void {
		const side = role();
		const { latest, previous } = lastRuns(state, side);
		results.hidden = !latest;
		exchange.hidden = !latest;
		historySection.hidden = state.runs.length === 0;
		renderHistory();
		if (!latest) {
			comparison.hidden = true;
			return;
		}
		const scores = axisScores(model, latest.answers);
		const changes = previous ? evolution(scores, axisScores(model, previous.answers)) : null;
		const other = received();
		const theirs = other ? axisScores(model, other.answers) : null;
		say(
			required(results, '[data-results-intro]'),
			`Diagnostic du ${formatDate(latest.date)}, côté ${model.roles[side].toLowerCase()}.${previous ? ` L’évolution se compare au diagnostic du ${formatDate(previous.date)}.` : ' Refaites-le dans un ou deux mois : la page montrera l’évolution.'}`,
		);
		say(
			required(results, '[data-chart-caption]'),
			`Score de chaque axe sur 100 : de 0 à 49, fragile ; de 50 à 74, en construction ; de 75 à 100, solide. Le tableau ci-dessous donne les mêmes chiffres.`,
		);
		renderTable(scores, changes, theirs);
		renderAdvice(scores);
		redraw();

		const code = encodeAnswers(side, model.statementIds, latest.answers);
		required<HTMLInputElement>(exchange, '[data-my-code]').value = code;
		required<HTMLInputElement>(exchange, '[data-my-link]').value = `${location.origin}${location.pathname}${codeFragment(code)}`;
		say(required(exchange, '[data-other-name]'), OTHER_NAME[otherRole(side)]);

		comparison.hidden = !other;
		if (other && theirs) renderComparison(side, latest.answers, other.answers, other.receivedAt);
	}

	function renderTable(scores: AxisScore[], changes: Record<string, number | null> | null, theirs: AxisScore[] | null): void {
		const table = required<HTMLTableElement>(results, '[data-results-table]');
		const head = [
			'Axe',
			'Votre score',
			'Niveau',
			...(changes ? ['Évolution'] : []),
			...(theirs ? [`Score de l’autre regard`, 'Écart'] : []),
		];
		const headRow = element('tr');
		for (const text of head) {
			const th = element('th', text);
			th.scope = 'col';
			headRow.append(th);
		}
		required(table, 'thead').replaceChildren(headRow);
		required(table, 'tbody').replaceChildren(
			...scores.map((score, index) => {
				const row = element('tr');
				const th = element('th', axisTitle.get(score.axisId) ?? score.axisId);
				th.scope = 'row';
				const value = score.score;
				const cells = [value === null ? '—' : String(value), value === null ? '—' : (model.levels[levelOf(value)] ?? '')];
				if (changes) {
					const delta = changes[score.axisId];
					cells.push(delta === null || delta === undefined ? '—' : signed(delta));
				}
				if (theirs) {
					const other = theirs[index]?.score ?? null;
					cells.push(
						other === null ? '—' : String(other),
						other === null || value === null ? '—' : String(Math.abs(value - other)),
					);
				}
				row.append(th, ...cells.map((text) => element('td', text)));
				return row;
			}),
		);
	}

	function renderAdvice(scores: AxisScore[]): void {
		const weakest = new Set(weakestAxes(scores));
		const priority = required<HTMLElement>(results, '[data-priority]');
		const others = required<HTMLElement>(results, '[data-others]');
		for (const score of scores) {
			const article = required<HTMLElement>(results, `[data-advice="${score.axisId}"]`);
			const level = score.score === null ? null : levelOf(score.score);
			for (const paragraph of article.querySelectorAll<HTMLElement>('[data-level]'))
				paragraph.hidden = paragraph.dataset['level'] !== level;
			say(
				required(article, '[data-advice-score]'),
				score.score === null ? '' : ` : ${score.score} sur 100, ${(model.levels[level ?? ''] ?? '').toLowerCase()}`,
			);
			required<HTMLElement>(article, '[data-links]').hidden = !weakest.has(score.axisId);
			(weakest.has(score.axisId) ? priority : others).append(article);
		}
		// Keep the questionnaire order inside each group.
		for (const group of [priority, others])
			for (const score of scores) {
				const article = group.querySelector(`[data-advice="${score.axisId}"]`);
				if (article) group.append(article);
			}
		const none = weakest.size === 0;
		required<HTMLElement>(results, '[data-priority-title]').hidden = none;
		priority.hidden = none;
		say(required(results, '[data-others-title]'), none ? 'Tous vos axes sont solides' : 'Les autres axes');
	}

	function renderComparison(side: Role, mine: Answers, theirs: Answers, receivedAt: string): void {
		const otherSide = otherRole(side);
		say(
			required(comparison, '[data-comparison-intro]'),
			`Réponses de ${OTHER_NAME[otherSide]} reçues le ${formatDate(receivedAt)}. Le graphique et le tableau des résultats montrent désormais les deux regards côte à côte.`,
		);
		const gaps = widestGaps(model, mine, theirs);
		const statements = new Map(model.axes.flatMap((axis) => axis.statements.map((statement) => [statement.id, statement])));
		const gapsBox = required<HTMLElement>(comparison, '[data-gaps]');
		if (gaps.length === 0) {
			const same = element('p');
			say(
				same,
				'Vos regards se rejoignent : aucun énoncé ne diffère de deux points ou plus. Parlez de vos axes les plus faibles.',
			);
			gapsBox.replaceChildren(same);
		} else {
			const list = element('ol', undefined, 'diagnostic__gaps');
			for (const gap of gaps) {
				const statement = statements.get(gap.statementId);
				const item = element('li');
				const text = element('p');
				say(text, statement?.[side] ?? gap.statementId);
				text.append(element('span', ` (${axisTitle.get(gap.axisId) ?? ''})`, 'tool__hint'));
				const answers = element('p');
				say(
					answers,
					`Vous : ${model.scale[gap.mine - 1] ?? ''}. ${model.roles[otherSide]} : ${model.scale[gap.theirs - 1] ?? ''}.`,
				);
				item.append(text, answers);
				list.append(item);
			}
			gapsBox.replaceChildren(list);
		}
		// Questions of the axes with the widest gaps, else of the weakest axes of either side.
		const axes =
			gaps.length > 0
				? gaps.map((gap) => gap.axisId)
				: [...weakestAxes(axisScores(model, mine)), ...weakestAxes(axisScores(model, theirs))];
		const questions = [...new Set(axes)].flatMap((id) => model.axes.find((axis) => axis.id === id)?.conversation ?? []);
		const list = required<HTMLElement>(comparison, '[data-questions]');
		list.replaceChildren(
			...(questions.length > 0 ? questions : ['Qu’est-ce qui fonctionne si bien entre vous que vous voulez le garder ?']).map(
				(question) => {
					const item = element('li');
					say(item, question);
					return item;
				},
			),
		);
	}

	function renderHistory(): void {
		const list = required<HTMLElement>(historySection, '[data-history-list]');
		list.replaceChildren(
			...[...state.runs].reverse().map((run) => {
				const scores = axisScores(model, run.answers)
					.map((score) => `${axisTitle.get(score.axisId) ?? ''} ${score.score ?? '—'}`)
					.join(', ');
				const item = element('li');
				say(item, `${formatDate(run.date)}, côté ${model.roles[run.role].toLowerCase()} : ${scores}.`);
				return item;
			}),
		);
	}

	function receive(code: string, fromLink: boolean): boolean {
		const result = decodeAnswers(code, model.statementIds);
		if (!result.ok) {
			say(receiveError, fromLink ? `Le lien ouvert ne contient pas de réponses lisibles. ${result.reason}` : result.reason);
			theirCode.setAttribute('aria-invalid', 'true');
			theirCode.setAttribute('aria-describedby', 'code-recu-erreur code-recu-aide');
			return false;
		}
		receiveError.hidden = true;
		theirCode.removeAttribute('aria-invalid');
		theirCode.setAttribute('aria-describedby', 'code-recu-aide');
		state = { ...state, received: { role: result.role, receivedAt: new Date().toISOString(), answers: result.answers } };
		// Answers from the other side: this reader is on the other one.
		if (result.role === role()) {
			const mine = otherRole(result.role);
			const draft = state.draft?.role === mine ? state.draft.answers : (lastRuns(state, mine).latest?.answers ?? {});
			fillForm(mine, draft);
		}
		save();
		render();
		return true;
	}

	receiveForm.addEventListener('submit', (event) => {
		event.preventDefault();
		if (receive(theirCode.value, false)) {
			theirCode.value = '';
			required<HTMLElement>(comparison, 'h2').focus();
		} else theirCode.focus();
	});

	for (const button of exchange.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
		button.addEventListener('click', async () => {
			const input = required<HTMLInputElement>(exchange, `#${button.dataset['copy'] ?? ''}`);
			const copyStatus = required<HTMLElement>(exchange, '[data-copy-status]');
			try {
				await navigator.clipboard.writeText(input.value);
				say(copyStatus, 'Copié : collez-le dans votre message.');
			} catch {
				input.select();
				say(copyStatus, 'Le texte est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).');
			}
		});
	}

	required(results, '[data-print]').addEventListener('click', () => print());
	required(results, '[data-restart]').addEventListener('click', () => {
		fillForm(role(), {});
		state = { ...state, draft: { role: role(), answers: {} } };
		save();
		form.querySelector<HTMLInputElement>('input[name="role"]:checked')?.focus();
	});
	required(comparison, '[data-forget-received]').addEventListener('click', () => {
		state = { ...state, received: null };
		save();
		render();
		theirCode.focus();
	});
	required(historySection, '[data-clear]').addEventListener('click', () => {
		if (!confirm('Effacer vos diagnostics, vos réponses en cours et les réponses reçues de ce navigateur ?')) return;
		state = diagnosticStore.empty();
		save();
		fillForm(role(), {});
		render();
		form.querySelector<HTMLInputElement>('input[name="role"]:checked')?.focus();
	});

	// ——— Start: the saved draft or latest run, then a code carried by the link ———

	const startSide = state.draft?.role ?? state.runs.at(-1)?.role ?? 'assistant';
	fillForm(startSide, state.draft?.answers ?? {});
	const fromLink = codeFromFragment(location.hash);
	if (fromLink) {
		// The code is read once, then taken out of the address so a reload or a bookmark does not replay it.
		history.replaceState(null, '', location.pathname + location.search);
		if (receive(fromLink, true) && !lastRuns(state, role()).latest) {
			say(
				status,
				`Vous avez reçu les réponses de ${OTHER_NAME[otherRole(role())]}. Répondez à votre tour : la comparaison s’affichera avec vos résultats.`,
			);
		}
	}
	render();
}
