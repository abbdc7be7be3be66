/**
 * What the diagnostic keeps in the browser, under `partenaire:diagnostic`: the reader's runs with
 * their date (the latest shows its change since the one before), the answers received from the
 * other side, and the run being answered. Read through the versioned store: anything unreadable is
 * set aside, never lost, and the page starts blank.
 */
import { isRole, type Role } from './model.ts';
import { isAnswer, type Answers } from './scoring.ts';
import { partition, type StoreSpec } from '../tools/versioned-store.ts';

export interface Run {
	role: Role;
	/** ISO 8601 date and time the run was finished. */
	date: string;
	answers: Answers;
}

export interface Received {
	role: Role;
	/** ISO 8601 date and time the code was pasted or the link opened. */
	receivedAt: string;
	answers: Answers;
}

export interface DiagnosticState {
	/** Finished runs, oldest first. */
	runs: Run[];
	/** The other side's answers, the latest received. */
	received: Received | null;
	/** Answers of the run in progress, so a reload loses nothing. */
	draft: { role: Role; answers: Answers } | null;
}

/** Runs kept: a year of monthly runs, and never an ever-growing value. */
export const MAX_RUNS = 12;

function readAnswers(value: unknown): Answers | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const answers: Answers = {};
	for (const [id, answer] of Object.entries(value)) if (isAnswer(answer)) answers[id] = answer;
	return answers;
}

function isDate(value: unknown): value is string {
	return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function readRun(value: unknown): Run | null {
	if (typeof value !== 'object' || value === null) return null;
	const { role, date, answers } = value as Record<string, unknown>;
	const read = readAnswers(answers);
	return isRole(role) && isDate(date) && read ? { role, date, answers: read } : null;
}

function readReceived(value: unknown): Received | null {
	if (typeof value !== 'object' || value === null) return null;
	const { role, receivedAt, answers } = value as Record<string, unknown>;
	const read = readAnswers(answers);
	return isRole(role) && isDate(receivedAt) && read ? { role, receivedAt, answers: read } : null;
}

export const diagnosticStore: StoreSpec<DiagnosticState> = {
	key: 'partenaire:diagnostic',
	version: 1,
	migrations: {},
	empty: () => ({ runs: [], received: null, draft: null }),
	decode(data) {
		const value = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
		const { kept: runs, rejected } = partition(value['runs'], readRun);
		const received = value['received'] == null ? null : readReceived(value['received']);
		if (value['received'] != null && !received) rejected.push(value['received']);
		const draftValue = value['draft'] as { role?: unknown; answers?: unknown } | null | undefined;
		const draftAnswers = draftValue ? readAnswers(draftValue.answers) : null;
		const draft = draftValue && isRole(draftValue.role) && draftAnswers ? { role: draftValue.role, answers: draftAnswers } : null;
		return { value: { runs: runs.slice(-MAX_RUNS), received, draft }, rejected };
	},
};

/** The reader's latest run of a side, and the one before it. */
export function lastRuns(state: DiagnosticState, role: Role): { latest: Run | null; previous: Run | null } {
	const mine = state.runs.filter((run) => run.role === role);
	return { latest: mine.at(-1) ?? null, previous: mine.at(-2) ?? null };
}

/** The state with a finished run added (the oldest dropped beyond MAX_RUNS) and the draft cleared. */
export function withRun(state: DiagnosticState, run: Run): DiagnosticState {
	return { ...state, runs: [...state.runs, run].slice(-MAX_RUNS), draft: null };
}
