import { describe, expect, it } from 'vitest';
import { parseQuery, withoutAccents } from '../../src/lib/search/query.ts';

describe('parseQuery', () => {
	it.each([
		// a reader's sentence keeps only the words that carry meaning
		['comment gagner la confiance de mon directeur', ['gagner', 'confiance', 'directeur']],
		['que faire si mon dirigeant ne partage rien', ['dirigeant', 'partage', 'rien']],
		// elisions are cut, with a typographic or a straight apostrophe
		['l’anticipation', ['anticipation']],
		["qu'est-ce que l'assistanat", ['est-ce', 'assistanat']],
		// small words are recognised without their accents too
		['je suis dirigeant par où commencer', ['dirigeant', 'commencer']],
		['reseau a Lyon', ['reseau', 'lyon']],
		// punctuation and repeated words go
		['Charge mentale ? charge…', ['charge', 'mentale']],
		// a short query is left as it is
		['réseau', ['réseau']],
		['office-manager', ['office-manager']],
	])('« %s » searches for %j', (query, terms) => {
		expect(parseQuery(query).terms).toEqual(terms);
	});

	it('searches a query made only of small words as typed rather than emptying it', () => {
		expect(parseQuery('et pour vous ?').terms).toEqual(['et', 'pour', 'vous']);
	});

	it('finds nothing to search in an empty or blank query', () => {
		expect(parseQuery('   ').terms).toEqual([]);
		expect(parseQuery('« » !').terms).toEqual([]);
	});
});

describe('withoutAccents', () => {
	it('compares « réseau » and « reseau » equal', () => {
		expect(withoutAccents('réseau')).toBe('reseau');
		expect(withoutAccents('Être où ça')).toBe('Etre ou ca');
	});
});
