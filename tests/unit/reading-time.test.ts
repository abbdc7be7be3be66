import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeText } from '../../src/lib/reading-time.ts';

describe('words of a page source', () => {
	it.each([
		// plain prose, elisions and hyphens kept whole
		['L’assistante prépare un compte-rendu.', 4],
		// front matter, imports and component tags are not read
		["---\ntitle: Titre long ici\n---\nimport X from 'y';\n\n<KeyIdea>\nDeux mots\n</KeyIdea>", 2],
		// a link's target is not read, its text is
		['Lire [le guide](/guides/posture-partenaire/) demain.', 4],
		['', 0],
	])('%j has %i words', (source, words) => {
		expect(countWords(source)).toBe(words);
	});
});

describe('reading time', () => {
	it('rounds to whole minutes at 200 words a minute, never below one', () => {
		expect(readingMinutes(3200)).toBe(16);
		expect(readingMinutes(3299)).toBe(16);
		expect(readingMinutes(10)).toBe(1);
	});
	it('says it with a no-break space', () => {
		expect(readingTimeText(16)).toBe('16\u00A0min de lecture');
	});
});
