/**
 * What a result shows: its title and an excerpt of its prose, made from the text Pagefind stored
 * for the page rather than Pagefind's own excerpt, which may fall in the words stored for search
 * only (the `keywords` list, the description: see `index-html.ts`), leaves elisions split
 * (« d’ assistantes ») and highlights small words.
 */
import { joinElisions } from './elisions.ts';
import { withoutAccents } from './query.ts';
import { FRENCH_STOP_WORDS } from './stop-words.ts';

/** Meta field of a page in the index: how many of its first words are for search only. */
export const HIDDEN_WORDS_META = 'motsRecherche';
/** Words in an excerpt (Pagefind's default). */
export const EXCERPT_WORDS = 30;

/** An elided word that the index keeps apart from the next one: « d’ », « qu’ », « l’ »… */
const ELIDED_TOKEN = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]$/iu;

/** What an excerpt needs of Pagefind's data for a page. */
export interface StoredPage {
	/** The page's indexed text. */
	content: string;
	/** Positions, in the text's words, of the words that matched the query. */
	locations: number[];
	meta: Record<string, string | undefined>;
}

/** The excerpt as HTML: escaped text, matched words (except small ones) in `<mark>`. */
export function buildExcerpt(page: StoredPage, length: number = EXCERPT_WORDS): string {
	const tokens = page.content.split(/\s+/).filter((token) => token.length > 0);
	const hidden = Math.min(Number(page.meta[HIDDEN_WORDS_META] ?? 0) || 0, tokens.length);
	const matched = [...new Set(page.locations)].filter((at) => at >= hidden && at < tokens.length).sort((a, b) => a - b);
	const start = bestWindow(matched, hidden, tokens.length, length);
	const end = Math.min(tokens.length, start + length);
	const marked = new Set(matched);
	let html = '';
	for (let at = start; at < end; at++) {
		const token = tokens[at] ?? '';
		html += marked.has(at) && !isStopWord(token) ? markWord(token) : escapeHtml(token);
		if (at < end - 1 && !ELIDED_TOKEN.test(token)) html += ' ';
	}
	return `${start > hidden ? '… ' : ''}${html}${end < tokens.length ? ' …' : ''}`;
}

/** A title from the index, its elisions joined back. */
export function cleanTitle(title: string): string {
	return joinElisions(title.replace(/\u200a/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();
}

/** Start of the window of `length` words holding the most matches, a few words before the first of them. */
function bestWindow(matched: number[], from: number, total: number, length: number): number {
	if (matched.length === 0) return from;
	const lead = Math.floor(length / 4);
	let best = { start: from, count: -1 };
	for (const at of matched) {
		const start = Math.max(from, Math.min(at - lead, total - length));
		const count = matched.filter((other) => other >= start && other < start + length).length;
		if (count > best.count) best = { start, count };
	}
	return best.start;
}

/** « confiance, » → « <mark>confiance</mark>, »: the word highlighted, not its punctuation. */
function markWord(token: string): string {
	const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token) ?? [];
	return word ? `${escapeHtml(before)}<mark>${escapeHtml(word)}</mark>${escapeHtml(after)}` : escapeHtml(token);
}

function isStopWord(token: string): boolean {
	const word = withoutAccents(token.toLocaleLowerCase('fr')).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
	return FRENCH_STOP_WORDS.has(word.replace(/^(?:[cdjlmnst]|qu)['’]/u, ''));
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
