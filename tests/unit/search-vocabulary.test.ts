import { describe, expect, it } from 'vitest';
import { buildVocabulary, editDistance, fold, Vocabulary, words } from '../../src/lib/search/vocabulary.ts';

describe('words', () => {
	it('splits at elisions and punctuation, keeps inner hyphens', () => {
		expect(words('L’idée clé : d’autoévaluation, office-manager.')).toEqual([
			'l',
			'idée',
			'clé',
			'd',
			'autoévaluation',
			'office-manager',
		]);
	});
});

describe('buildVocabulary', () => {
	it('counts words across texts, most frequent first, without stop words, short words or numbers', () => {
		const { words: list } = buildVocabulary([
			'la confiance et la confiance',
			'Confiance, réseau 2024',
			'le réseau de la fiabilité',
		]);
		expect(list).toEqual(['confiance', 'réseau', 'fiabilité']);
	});

	it('orders words of equal frequency alphabetically, so a rebuild writes the same file', () => {
		expect(buildVocabulary(['zèbre arbre', 'arbre zèbre']).words).toEqual(['arbre', 'zèbre']);
	});
});

describe('editDistance', () => {
	it.each([
		['invisble', 'invisible', 1], // a letter missing
		['confience', 'confiance', 1], // a letter wrong
		['invsible', 'invisible', 1], // two neighbours swapped count once
		['reconaissance', 'reconnaissance', 1],
		['transparance', 'transparence', 1],
		['chrage', 'charge', 1],
		['abc', 'xyz', 3],
	])('%s → %s: %i', (a, b, distance) => {
		expect(editDistance(a, b, 3)).toBe(distance);
	});

	it('gives up past the maximum', () => {
		expect(editDistance('posture', 'confiance', 2)).toBe(3);
	});
});

describe('Vocabulary', () => {
	// Most frequent first, as the build writes it.
	const vocabulary = new Vocabulary({
		words: [
			'confiance',
			'invisible',
			'réseau',
			'charge',
			'confiées',
			'réseaux',
			'transparence',
			'anticipation',
			'reconnaissance',
			'rôle',
			'rose',
			'conférence',
		],
	});

	it.each([
		// a typo no word of the pages begins like
		['confience', 'confiance'],
		['invisble', 'invisible'],
		['reconaissance', 'reconnaissance'],
		['transparance', 'transparence'],
		// accents folded on both sides
		['Transparançe', 'transparence'],
		// one edit: a form the pages lack is searched as the one they have
		['rôles', 'rôle'],
		['confiancr', 'confiance'],
	])('corrects « %s » to « %s »', (term, word) => {
		expect(vocabulary.correct(term)).toBe(word);
	});

	it.each([
		['reseau', 'the same word without its accents'],
		['réseaux', 'a word of the pages'],
		['charg', 'the beginning of a word: the reader is still typing'],
		['anticipons', 'a word of the family of « anticipation », which stemming finds, and two edits from any'],
		['rh', 'too short to correct'],
		['xylophone', 'nothing near enough'],
	])('leaves « %s » alone: %s', (term) => {
		expect(vocabulary.correct(term)).toBeUndefined();
	});

	it('prefers the more frequent word among equally near ones', () => {
		// « konfiance » is one edit from « confiance » and « confiancé »; « confiance » is the more frequent.
		const both = new Vocabulary({ words: ['confiance', 'conférence', 'confiancé'] });
		expect(both.correct('konfiance')).toBe('confiance');
	});

	it('allows one edit in a short word, two in a longer one', () => {
		expect(vocabulary.correct('rosse')).toBe('rose');
		expect(vocabulary.correct('rxxe')).toBeUndefined();
		expect(vocabulary.correct('chrage')).toBe('charge');
		expect(vocabulary.correct('anticpaton')).toBe('anticipation');
	});

	it('corrects one edit away even when a word shares the beginning (« confient » beside « confience »)', () => {
		expect(new Vocabulary({ words: ['confiance', 'confient'] }).correct('confience')).toBe('confiance');
	});

	it('corrects two edits away in a known family only when the index found nothing for it', () => {
		// « anticipatoin » begins like « anticipation » (its family) and is two edits from it.
		expect(vocabulary.correct('anticipatoin')).toBe('anticipation');
		expect(vocabulary.correct('anticipatixx')).toBeUndefined();
		expect(vocabulary.correct('anticipatixx', true)).toBe('anticipation');
	});

	it('lists only the terms it corrected', () => {
		expect(vocabulary.correctAll(['charge', 'invisble'])).toEqual([{ term: 'invisble', word: 'invisible' }]);
	});

	it('compares folded forms', () => {
		expect(fold('Épuisement')).toBe('epuisement');
	});
});
