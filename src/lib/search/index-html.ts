/**
 * The copy of a page that the search index reads (the page readers get is untouched):
 * - elisions split, so « autoévaluation » is found in « d’autoévaluation » (`elisions.ts`);
 * - a space after every block element and between adjacent spans, so « assistants</li><li>9
 *   actions » or « RH</span><span>11 actions » are not one word;
 * - the words stored for search only (`SearchData.astro`: keywords, description, checklist items)
 *   moved to the start of the indexed text, with their count in the page's meta, so excerpts can
 *   leave them out (`excerpt.ts`).
 */
import { splitElisions } from './elisions.ts';
import { HIDDEN_WORDS_META } from './excerpt.ts';

/** Attribute of the block of search-only words, rendered by `SearchData.astro`. */
export const SEARCH_DATA_ATTRIBUTE = 'data-search-data';

const BLOCK_END =
	/<\/(?:address|article|aside|blockquote|button|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|label|legend|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul)>|<br\s*\/?>|<\/span>(?=<span\b)/gi;
const SEARCH_DATA = new RegExp(`<div\\b[^>]*\\b${SEARCH_DATA_ATTRIBUTE}\\b[^>]*>[\\s\\S]*?</div>`);
const BODY_START = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/i;

export function prepareForIndex(html: string): string {
	const spaced = html.replace(BLOCK_END, '$& ');
	const block = SEARCH_DATA.exec(spaced)?.[0];
	const body = BODY_START.exec(spaced);
	if (!block || !body) return splitElisions(spaced);
	const split = splitElisions(block);
	const count = textOf(split)
		.split(/\s+/)
		.filter((word) => word.length > 0).length;
	const marked = split.replace(/^<div /, `<div data-pagefind-meta="${HIDDEN_WORDS_META}:${count}" `);
	const moved = spaced.replace(block, '');
	const at = body.index + body[0].length;
	return `${splitElisions(moved.slice(0, at))}${marked}${splitElisions(moved.slice(at))}`;
}

/** The text of an HTML fragment as Pagefind reads it: tags out, the few entities we emit decoded. */
export function textOf(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
