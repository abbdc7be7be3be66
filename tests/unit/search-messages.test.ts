import { describe, expect, it } from 'vitest';
import { correctionNotice, correctedQuery, describeResults } from '../../src/lib/search/messages.ts';

const NNBSP = '\u202f';

describe('search messages', () => {
	it('names the words searched after a correction, with the way back to the exact words', () => {
		expect(correctionNotice('charge invisble', [{ term: 'invisble', word: 'invisible' }])).toEqual({
			searched: `Résultats pour «${NNBSP}charge invisible${NNBSP}»`,
			exact: `Chercher plutôt «${NNBSP}charge invisble${NNBSP}»`,
		});
	});

	it('replaces whole words only, whatever their case', () => {
		expect(correctedQuery('Confience et confiences', [{ term: 'confience', word: 'confiance' }])).toBe('confiance et confiences');
	});

	it.each([
		[0, 0, 'Aucune page trouvée. Essayez un autre mot ou retirez un filtre.'],
		[1, 1, '1 page trouvée.'],
		[3, 2, '3 pages trouvées.'],
		[2, 0, `Aucune page ne contient tous ces mots${NNBSP}; 2 pages en contiennent une partie.`],
	])('%i results, %i with every word: « %s »', (total, complete, text) => {
		expect(describeResults(total, complete)).toBe(text);
	});
});
