import { describe, expect, it } from 'vitest';
import { HIDDEN_WORDS_META } from '../../src/lib/search/excerpt.ts';
import { prepareForIndex, textOf } from '../../src/lib/search/index-html.ts';

const HAIR = '\u200a';

describe('prepareForIndex', () => {
	it('puts a space after block elements and between adjacent spans, so words never run together', () => {
		const html =
			'<main data-pagefind-body><ul><li>assistants</li><li>9 actions</li></ul><p><span>RH</span><span>11 actions</span></p></main>';
		expect(textOf(prepareForIndex(html)).split(/\s+/).filter(Boolean)).toEqual([
			'assistants',
			'9',
			'actions',
			'RH',
			'11',
			'actions',
		]);
	});

	it('moves the search-only words to the start of the body, with their count in the meta', () => {
		const html =
			'<main data-pagefind-body><h1>L’idée</h1><p>Prose</p><div class="search-data" data-search-data hidden><p>patron, d’équipe</p></div></main>';
		const prepared = prepareForIndex(html);
		expect(prepared).toBe(
			`<main data-pagefind-body><div data-pagefind-meta="${HIDDEN_WORDS_META}:3" class="search-data" data-search-data hidden><p>patron, d’${HAIR}équipe</p> </div><h1>L’${HAIR}idée</h1> <p>Prose</p>  </main> `,
		);
	});

	it('splits elisions in a page without search-only words', () => {
		expect(prepareForIndex('<p>l’anticipation</p>')).toBe(`<p>l’${HAIR}anticipation</p> `);
	});
});

describe('textOf', () => {
	it('drops tags and decodes the entities pages carry', () => {
		expect(textOf('<p>Pour&nbsp;: a &amp; b&#39;</p>'.replace('&nbsp;', '\u00a0'))).toBe(" Pour\u00a0: a & b' ");
	});
});
