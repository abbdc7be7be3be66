/**
 * A reader's query as search sends it: words lowercased, elisions cut (« l’anticipation » →
 * « anticipation »), and the French words that say nothing about a subject left out.
 */
import { FRENCH_STOP_WORDS } from './stop-words.ts';

export interface ParsedQuery {
	/** The query as typed, trimmed. */
	raw: string;
	/** Every word, lowercased, elisions removed. */
	words: string[];
	/** The words that carry meaning: what is sent to Pagefind. */
	terms: string[];
}

/** Removes accents, so « réseau » and « reseau » compare equal. */
export function withoutAccents(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** « l’ », « d’ », « qu’ », « jusqu’ »… in front of a word, with a straight or a typographic apostrophe. */
const ELISION = /^(?:l|d|j|m|t|s|c|n|qu|jusqu|lorsqu|puisqu)['’]/u;

export function parseQuery(raw: string): ParsedQuery {
	const trimmed = raw.trim();
	const words = trimmed
		.toLocaleLowerCase('fr')
		// Keep letters, digits, apostrophes and inner hyphens (« office-manager », « one-to-one »).
		.split(/[^\p{L}\p{N}'’-]+/u)
		.map((word) => word.replace(ELISION, '').replace(/^[-'’]+|[-'’]+$/g, ''))
		.filter((word) => word.length > 0);
	const meaningful = words.filter((word) => !FRENCH_STOP_WORDS.has(withoutAccents(word)));
	// A query made only of small words (« à quoi ça sert ») is searched as typed rather than emptied.
	const terms = unique(meaningful.length > 0 ? meaningful : words);
	return { raw: trimmed, words, terms };
}

function unique(list: string[]): string[] {
	return [...new Set(list)];
}
