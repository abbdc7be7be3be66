import { describe, expect, it } from 'vitest';
import {
	codeFragment,
	codeFromFragment,
	decodeAnswers,
	encodeAnswers,
	statementSetKey,
} from '../../src/lib/diagnostic/pairing-code.ts';

const IDS = Array.from({ length: 18 }, (_, i) => `enonce-${i + 1}`);
const ANSWERS = Object.fromEntries(IDS.map((id, i) => [id, (i % 5) + 1]));

describe('pairing codes', () => {
	it('give back the answers and the side they were made from', () => {
		for (const role of ['assistant', 'dirigeant'] as const) {
			const code = encodeAnswers(role, IDS, ANSWERS);
			expect(decodeAnswers(code, IDS)).toEqual({ ok: true, role, answers: ANSWERS });
		}
	});

	it('are short: 17 characters with their dashes for 18 statements, starting with the side', () => {
		const code = encodeAnswers('dirigeant', IDS, ANSWERS);
		expect(code).toMatch(/^D[0-9A-Z]{2}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
	});

	it('keep unanswered statements unanswered', () => {
		const partial = { 'enonce-1': 5, 'enonce-18': 1 };
		expect(decodeAnswers(encodeAnswers('assistant', IDS, partial), IDS)).toEqual({
			ok: true,
			role: 'assistant',
			answers: partial,
		});
	});

	it('forgive case, spaces, dashes and O, I, L typed for 0 and 1', () => {
		const code = encodeAnswers('assistant', IDS, ANSWERS);
		const typed = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
		expect(decodeAnswers(typed, IDS)).toEqual({ ok: true, role: 'assistant', answers: ANSWERS });
	});

	it.each([
		// nothing pasted
		['', /vide/],
		// a character missing
		[(code: string) => code.slice(0, -1), /caractères au lieu de/],
		// a character outside the alphabet (U is not in Crockford's)
		[(code: string) => `${code.slice(0, -1)}U`, /caractères qui n’en font pas partie/],
		// one character changed: the check character catches it
		[(code: string) => code.slice(0, 5) + (code[5] === '7' ? '8' : '7') + code.slice(6), /mal recopié/],
		// a side other than A or D
		[(code: string) => `X${code.slice(1)}`, /commencer par A .* ou D/],
	])('refuse a damaged code with a French reason (%#)', (damage, reason) => {
		const code = encodeAnswers('assistant', IDS, ANSWERS);
		const damaged = typeof damage === 'string' ? damage : damage(code);
		const result = decodeAnswers(damaged, IDS);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(reason);
	});

	it('refuse a code made for another list of statements', () => {
		const other = [...IDS.slice(0, 17), 'enonce-nouveau'];
		expect(statementSetKey(other)).not.toBe(statementSetKey(IDS));
		const result = decodeAnswers(encodeAnswers('assistant', other, ANSWERS), IDS);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/autre version du diagnostic/) });
	});

	it('travel in a link fragment', () => {
		const code = encodeAnswers('assistant', IDS, ANSWERS);
		expect(codeFromFragment(codeFragment(code))).toBe(code);
		expect(codeFromFragment('#_top')).toBeNull();
		expect(codeFromFragment('')).toBeNull();
	});
});
