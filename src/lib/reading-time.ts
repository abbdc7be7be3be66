/**
 * Reading time, computed from the words a reader actually reads: the prose of the page (its MDX
 * without front matter, imports, component tags and link targets) and the text of the checklists
 * it embeds. Never typed by hand, so it follows every rewrite.
 */

import { splitFrontMatter } from './front-matter.ts';

/** Words per minute of attentive reading on screen, for French prose with actions to weigh. */
export const WORDS_PER_MINUTE = 200;

/** The words of an MDX or Markdown source, markup left out. */
export function countWords(source: string): number {
	const text = (splitFrontMatter(source)?.body ?? source)
		.replace(/^(?:import|export)\s.*$/gm, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/https?:\/\/\S+/g, ' ');
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
	return Math.max(1, Math.round(words / wordsPerMinute));
}

/** « 12 min de lecture ». */
export function readingTimeText(minutes: number): string {
	return `${minutes}\u00A0min de lecture`;
}
