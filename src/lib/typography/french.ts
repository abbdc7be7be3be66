/**
 * French typography for a run of prose: guillemets with narrow no-break spaces, a no-break space
 * before « : » and a narrow one before « ; ! ? », typographic apostrophes and ellipses. The rules
 * themselves are data, in `rules.ts`, shared with the check on built pages and the content linter.
 *
 * Pure and idempotent: applying it twice gives the same text, so it can run on text that a
 * contributor already typed correctly, and on the same node from two places.
 */
import { NBSP, NNBSP, OPENING_CONTEXT, PROTECTED, TYPOGRAPHY_RULES } from './rules.ts';

export { NBSP, NNBSP };

/**
 * Typographise `text`. `before` is the text (or its last character) that precedes it in the same
 * block, so that a straight quote at the start of a node knows whether it opens or closes, and a
 * mark right after a word in another element gets its space.
 */
export function frenchTypography(text: string, before = ''): string {
	let out = '';
	let last = 0;
	let context = before.slice(-1);
	for (const match of text.matchAll(PROTECTED)) {
		out += typographiseProse(text.slice(last, match.index), context || out.slice(-1));
		out += match[0];
		context = match[0].slice(-1);
		last = match.index + match[0].length;
	}
	out += typographiseProse(text.slice(last), context || out.slice(-1));
	return out;
}

/**
 * The character before a text, reduced to what the rules look behind for (a word's end, an opening
 * sign, anything else), as one that no rule rewrites: it can be put before the text, then cut off.
 */
function neutralContext(previous: string): string {
	if (!previous) return '';
	if (/[\p{L}\p{N})\]»…]/u.test(previous)) return 'a';
	return OPENING_CONTEXT.test(previous) ? '(' : ',';
}

function typographiseProse(text: string, before: string): string {
	if (!text) return text;
	const context = neutralContext(before);
	let result = context + text;
	for (const rule of TYPOGRAPHY_RULES) result = result.replace(rule.find, rule.replace);
	return result.slice(context.length);
}
