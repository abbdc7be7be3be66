import { describe, expect, it } from 'vitest';
import { joinElisions, splitElisions } from '../../src/lib/search/elisions.ts';

const HAIR = '\u200a';

describe('splitElisions', () => {
	it.each([
		['Grille d’autoévaluation', `Grille d’${HAIR}autoévaluation`],
		['L’anticipation et qu’il', `L’${HAIR}anticipation et qu’${HAIR}il`],
		["jusqu'au bout", `jusqu'${HAIR}au bout`],
		// not an elision: the apostrophe ends a longer word, or nothing follows it
		['aujourd’hui', 'aujourd’hui'],
		['l’ ', 'l’ '],
	])('splits « %s »', (text, expected) => {
		expect(splitElisions(text)).toBe(expected);
	});

	it('leaves tags and attributes as they are', () => {
		const html = '<span data-pagefind-filter="theme:Réseau d’assistants">d’abord</span>';
		expect(splitElisions(html)).toBe(`<span data-pagefind-filter="theme:Réseau d’assistants">d’${HAIR}abord</span>`);
	});
});

describe('joinElisions', () => {
	it('undoes the split in an excerpt, around highlighted words too', () => {
		expect(joinElisions('la grille d’ <mark>autoévaluation</mark> et l’ idée')).toBe(
			'la grille d’<mark>autoévaluation</mark> et l’idée',
		);
	});
});
