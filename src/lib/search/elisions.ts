/**
 * French elisions for the search index. Pagefind indexes « d’autoévaluation » as one word, so a
 * reader typing « autoévaluation » would never find it. The copy of each page that the index
 * reads gets a hair space after the elided word (« d’ autoévaluation »): Pagefind splits there,
 * and the page readers get is untouched.
 */

/** Words that elide before a vowel: « l’ », « d’ », « qu’ », « jusqu’ »… */
const ELIDED = /(^|[^\p{L}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’])(?=\p{L})/giu;
const HAIR_SPACE = '\u200a';

/** Splits the elisions of an HTML page's text, leaving tags and attributes as they are. */
export function splitElisions(html: string): string {
	return html
		.split(/(<[^>]*>)/)
		.map((part) => (part.startsWith('<') ? part : part.replace(ELIDED, `$1$2${HAIR_SPACE}`)))
		.join('');
}

/** Undoes the split in an excerpt shown to readers (Pagefind joins words with a plain space). */
export function joinElisions(excerpt: string): string {
	return excerpt.replace(/(^|[^\p{L}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’])\s+(?=\p{L}|<mark>)/giu, '$1$2');
}
