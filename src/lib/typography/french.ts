/**
 * French typography for a run of prose: guillemets with narrow no-break spaces, a no-break space
 * before « : » and a narrow one before « ; ! ? », typographic apostrophes and ellipses.
 *
 * Pure and idempotent: applying it twice gives the same text, so it can run on text that a
 * contributor already typed correctly, and on the same node from two places.
 */

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Any space a contributor may type before punctuation: plain, no-break, narrow no-break. */
const SPACES = `[ ${NBSP}${NNBSP}\\t]`;

/** URLs and e-mail addresses keep every character as typed. */
const PROTECTED = /\b(?:https?:\/\/|mailto:|www\.)[^\s«»"<>]*[^\s«»"<>.,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

const OPENING_CONTEXT = /^$|[\s([{\u2014\u2013/-]$/u;

/**
 * Typographise `text`. `before` is the text (or its last character) that precedes it in the same
 * block, so that a straight quote at the start of a node knows whether it opens or closes.
 */
export function frenchTypography(text: string, before = ''): string {
	let out = '';
	let last = 0;
	let context = before.slice(-1);
	for (const match of text.matchAll(PROTECTED)) {
		const prose = text.slice(last, match.index);
		out += typographiseProse(prose, context);
		out += match[0];
		context = match[0].slice(-1);
		last = match.index + match[0].length;
	}
	out += typographiseProse(text.slice(last), context || (out ? out.slice(-1) : ''));
	return out;
}

function typographiseProse(text: string, before: string): string {
	if (!text) return text;
	let result = text
		.replace(/\.\.\./g, '…')
		// A straight apostrophe in French prose is always an apostrophe, never a quotation mark.
		.replace(/'/g, '’');
	result = convertDoubleQuotes(result, before);
	result = result
		// Exactly one narrow no-break space inside guillemets, whatever was typed.
		.replace(new RegExp(`«${SPACES}*`, 'g'), `«${NNBSP}`)
		.replace(new RegExp(`${SPACES}*»`, 'g'), `${NNBSP}»`)
		// « ; ! ? » take a narrow no-break space; « : » a full-width one.
		.replace(new RegExp(`${SPACES}+([;!?])`, 'g'), `${NNBSP}$1`)
		// …except a colon quoted on its own, « : », which keeps the guillemet's narrow space.
		.replace(new RegExp(`(?<!«)${SPACES}+:`, 'g'), `${NBSP}:`)
		// Missing space: "Pourquoi?" or "Note:" followed by a space or the end of the text.
		.replace(/([\p{L}\p{N})\]»…])([;!?]+)(?=$|[\s»)\]’]|[;!?])/gu, `$1${NNBSP}$2`)
		.replace(/([\p{L})\]»…]):(?=$|\s)/gu, `$1${NBSP}:`);
	// A text node that starts with the punctuation itself, right after a word in an inline element.
	if (/^[;!?]/.test(result) && /[\p{L}\p{N})»]/u.test(before)) result = NNBSP + result;
	else if (/^:(?=$|\s)/.test(result) && /[\p{L})»]/u.test(before)) result = NBSP + result;
	return result;
}

/** Straight and English curly quotes become guillemets; a straight quote opens after a space. */
function convertDoubleQuotes(text: string, before: string): string {
	let out = '';
	let previous = before;
	for (const char of text) {
		if (char === '"') {
			out += OPENING_CONTEXT.test(previous) ? `«${NNBSP}` : `${NNBSP}»`;
		} else if (char === '\u201C') {
			out += `«${NNBSP}`;
		} else if (char === '\u201D') {
			out += `${NNBSP}»`;
		} else {
			out += char;
		}
		previous = out.slice(-1);
	}
	return out;
}
