/**
 * The answers of one side as a short code, to paste in a message or to carry in the fragment of
 * a link (`#reponses=…`, which browsers never send to a server).
 *
 * A code is the side's letter (A or D), two characters naming the list of statements, then the
 * answers (0 for none, else 1–5) read as one base-6 number written in Crockford's base 32, and one
 * check character: `A7K-2QX4-3HJ9-K1P`. Crockford's alphabet has no I, L, O nor U, and reading
 * forgives case, spaces, dashes and the letters people confuse with digits.
 */
import { SCALE_MAX, isRole, type Role } from './model.ts';
import { isAnswer, type Answers } from './scoring.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = BigInt(SCALE_MAX + 1);
const ROLE_LETTERS: Record<Role, string> = { assistant: 'A', dirigeant: 'D' };
/** The fragment parameter of a link that carries a code. */
export const FRAGMENT_PARAM = 'reponses';

/** Two characters from a hash (FNV-1a) of the ordered ids: a code made for other statements is refused. */
export function statementSetKey(statementIds: readonly string[]): string {
	let hash = 0x811c9dc5;
	for (const char of statementIds.join('|')) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return (ALPHABET[hash % 32] ?? '0') + (ALPHABET[(hash >>> 5) % 32] ?? '0');
}

/** Base-32 characters needed for `count` answers. */
function payloadLength(count: number): number {
	return Math.max(1, Math.ceil((count * Math.log2(SCALE_MAX + 1)) / 5));
}

function checkChar(text: string): string {
	let sum = 0;
	for (let index = 0; index < text.length; index++) sum += (index + 1) * ALPHABET.indexOf(text[index] ?? '0');
	return ALPHABET[sum % 32] ?? '0';
}

export function encodeAnswers(role: Role, statementIds: readonly string[], answers: Answers): string {
	let number = 0n;
	for (const id of statementIds) {
		const answer = answers[id];
		number = number * BASE + BigInt(isAnswer(answer) ? answer : 0);
	}
	let payload = '';
	for (let index = 0; index < payloadLength(statementIds.length); index++) {
		payload = (ALPHABET[Number(number % 32n)] ?? '0') + payload;
		number /= 32n;
	}
	const body = `${ROLE_LETTERS[role]}${statementSetKey(statementIds)}${payload}`;
	const full = body + checkChar(body);
	return [full.slice(0, 3), ...(full.slice(3).match(/.{1,4}/g) ?? [])].join('-');
}

export type DecodeResult = { ok: true; role: Role; answers: Answers } | { ok: false; reason: string };

/** Upper case, no separators, and the letters people type for digits read as those digits. */
export function normaliseCode(code: string): string {
	return code
		.toUpperCase()
		.replace(/[\s\-_.·]/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
}

export function decodeAnswers(code: string, statementIds: readonly string[]): DecodeResult {
	const text = normaliseCode(code);
	const expected = 1 + 2 + payloadLength(statementIds.length) + 1;
	if (text.length === 0) return { ok: false, reason: 'Le code est vide.' };
	if ([...text].some((char) => !ALPHABET.includes(char)))
		return { ok: false, reason: 'Le code contient des caractères qui n’en font pas partie : recopiez-le tel quel.' };
	if (text.length !== expected)
		return { ok: false, reason: `Le code a ${text.length} caractères au lieu de ${expected} : il est incomplet ou en a trop.` };
	const role = (Object.keys(ROLE_LETTERS) as Role[]).find((key) => ROLE_LETTERS[key] === text[0]);
	if (!isRole(role))
		return { ok: false, reason: 'Le code doit commencer par A (assistante ou assistant) ou D (dirigeante ou dirigeant).' };
	if (checkChar(text.slice(0, -1)) !== text.at(-1))
		return { ok: false, reason: 'Le code ne se vérifie pas : un caractère a dû être mal recopié.' };
	if (text.slice(1, 3) !== statementSetKey(statementIds))
		return {
			ok: false,
			reason: 'Ce code vient d’une autre version du diagnostic : les questions ont changé depuis. Refaites-le sur cette page.',
		};

	let number = 0n;
	for (const char of text.slice(3, -1)) number = number * 32n + BigInt(ALPHABET.indexOf(char));
	const values: number[] = [];
	for (let index = 0; index < statementIds.length; index++) {
		values.unshift(Number(number % BASE));
		number /= BASE;
	}
	if (number !== 0n) return { ok: false, reason: 'Le code ne se vérifie pas : un caractère a dû être mal recopié.' };
	const answers: Answers = {};
	statementIds.forEach((id, index) => {
		const value = values[index];
		if (isAnswer(value)) answers[id] = value;
	});
	return { ok: true, role, answers };
}

/** `#reponses=<code>` for a link. */
export function codeFragment(code: string): string {
	return `#${FRAGMENT_PARAM}=${code}`;
}

/** The code in a location's hash, or null. */
export function codeFromFragment(hash: string): string | null {
	const value = new URLSearchParams(hash.replace(/^#/, '')).get(FRAGMENT_PARAM);
	return value ? value : null;
}
