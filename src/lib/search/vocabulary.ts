/**
 * The words of the readers' pages, built from the index at build time, and the correction of a
 * query's typos against them: « confience » → « confiance », « invisble » → « invisible ».
 *
 * Pagefind stems words, so a misspelled word often still finds pages, but the wrong ones
 * (« confience » and « confiées » share a stem). A term is therefore judged by the vocabulary, not
 * by whether Pagefind returns something: a word the pages do not contain, nor any word of its
 * family, is replaced by the nearest word of the pages, accents folded, at most two edits away,
 * the most frequent word winning among equally near ones.
 */
import { withoutAccents } from './query.ts';
import { FRENCH_STOP_WORDS } from './stop-words.ts';

/** The vocabulary as the build writes it: the pages' words, most frequent first. */
export interface VocabularyFile {
	words: string[];
}

/** File name of the vocabulary, written beside Pagefind's index (so it is precached with it). */
export const VOCABULARY_FILE = 'vocabulaire.json';

/** Shorter words are never corrected: « rh » or « pdf » one letter off are other words. */
const MIN_CORRECTED_LENGTH = 4;
/** Share of a word's first letters that a word of its family has too. */
const FAMILY_SHARE = 0.7;
/** Words of the vocabulary shorter than this are left out: they are never a correction. */
const MIN_VOCABULARY_LENGTH = 3;

/** Lowercase, accents removed: the form words are compared in. */
export function fold(word: string): string {
	return withoutAccents(word.toLocaleLowerCase('fr'));
}

/** The words of a text, lowercased, split at apostrophes (elisions) and at everything else that is not a letter. */
export function words(text: string): string[] {
	return text
		.toLocaleLowerCase('fr')
		.split(/[^\p{L}\p{N}-]+/u)
		.map((word) => word.replace(/^-+|-+$/g, ''))
		.filter((word) => word.length > 0);
}

/**
 * The vocabulary of some texts: every word of three letters or more that is not a stop word,
 * counted once per occurrence, most frequent first (ties in alphabetical order, so a rebuild of
 * the same pages writes the same file).
 */
export function buildVocabulary(texts: Iterable<string>): VocabularyFile {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of words(text)) {
			if (word.length < MIN_VOCABULARY_LENGTH || /\d/.test(word) || FRENCH_STOP_WORDS.has(fold(word))) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	const sorted = [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'fr'));
	return { words: sorted.map(([word]) => word) };
}

/**
 * Optimal string alignment distance (Levenshtein with swaps of two neighbours, « invisble » and
 * « invsible » are one edit each), giving up as soon as it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > max) return max + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length] ?? max + 1;
}

/** A correction of one query term. */
export interface Correction {
	term: string;
	/** The word searched for instead, as the pages spell it (accents included). */
	word: string;
}

export class Vocabulary {
	/** Folded form → the most frequent spelling of it in the pages, and its rank (0 = most frequent). */
	private readonly byFolded = new Map<string, { word: string; rank: number }>();
	private readonly folded: string[] = [];

	constructor(file: VocabularyFile) {
		file.words.forEach((word, rank) => {
			const key = fold(word);
			if (this.byFolded.has(key)) return;
			this.byFolded.set(key, { word, rank });
			this.folded.push(key);
		});
	}

	/**
	 * True when the pages hold this word or a word of its family, which Pagefind's stemming finds:
	 * the same word without accents, a longer word it begins (the reader is still typing), or a
	 * word that shares its first seven letters in ten (« anticipons » beside « anticipation »,
	 * « réseaux » beside « réseau »; « invisble » shares only « invis » with « invisible »).
	 */
	knows(term: string): boolean {
		const key = fold(term);
		if (this.byFolded.has(key)) return true;
		const family = key.slice(0, Math.max(MIN_CORRECTED_LENGTH, Math.ceil(key.length * FAMILY_SHARE)));
		return this.folded.some((word) => word.startsWith(family));
	}

	/**
	 * The nearest word of the pages, or undefined when nothing is near enough. A word one edit
	 * away always wins (« confience » → « confiance », though « confient » shares its first seven
	 * letters); two edits away only for a term the pages know nothing of its family (unless
	 * `unknown`: the index found nothing for it, whatever its family says).
	 */
	correct(term: string, unknown = false): string | undefined {
		const key = fold(term);
		if (key.length < MIN_CORRECTED_LENGTH || /\d/.test(key) || this.byFolded.has(key)) return undefined;
		if (this.folded.some((word) => word.startsWith(key))) return undefined;
		// One typo in a short word, two in a longer one: « rôle » is not two edits from « rose ».
		const max = key.length <= 5 || (!unknown && this.knows(term)) ? 1 : 2;
		let best: { word: string; distance: number; rank: number } | undefined;
		for (const candidate of this.folded) {
			const distance = editDistance(key, candidate, best ? Math.min(best.distance, max) : max);
			if (distance > max) continue;
			const entry = this.byFolded.get(candidate);
			if (!entry) continue;
			if (!best || distance < best.distance || (distance === best.distance && entry.rank < best.rank)) {
				best = { word: entry.word, distance, rank: entry.rank };
			}
		}
		return best?.word;
	}

	/** The corrections of a query's terms: only the terms that needed one. */
	correctAll(terms: readonly string[], unknown: ReadonlySet<string> = new Set()): Correction[] {
		return terms.flatMap((term) => {
			const word = this.correct(term, unknown.has(term));
			return word ? [{ term, word }] : [];
		});
	}
}
