import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from '../../src/lib/typography/french.ts';

const o = `«${NNBSP}`;
const c = `${NNBSP}»`;

describe('frenchTypography', () => {
	it.each([
		// straight double quotes become guillemets with narrow no-break spaces
		['Il dit "bonjour" et part.', `Il dit ${o}bonjour${c} et part.`],
		// guillemets typed with ordinary spaces get narrow no-break ones
		['« bonjour »', `${o}bonjour${c}`],
		// guillemets typed without any space get them too
		['«bonjour»', `${o}bonjour${c}`],
		// English curly quotes become guillemets
		['\u201Cbonjour\u201D', `${o}bonjour${c}`],
		// a straight apostrophe becomes a typographic one
		["l'assistante d'aujourd'hui", 'l’assistante d’aujourd’hui'],
		// a colon after a space gets a no-break space
		['Note : ceci', `Note${NBSP}: ceci`],
		// a colon glued to the word gets one too
		['Note: ceci', `Note${NBSP}: ceci`],
		// ; ! ? get a narrow no-break space, whether a space was typed or not
		['Pourquoi ? Parce que ; enfin !', `Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}!`],
		['Pourquoi?', `Pourquoi${NNBSP}?`],
		// a run of punctuation takes a single space before it
		['Vraiment?!', `Vraiment${NNBSP}?!`],
		// three dots become an ellipsis
		['Et ensuite...', 'Et ensuite…'],
		// times and ratios keep their colon
		['à 12:30, ratio 2:1', 'à 12:30, ratio 2:1'],
		// URLs and e-mail addresses are left exactly as typed
		['Voir https://exemple.fr/a?b=1;c=2 ou rh@exemple.fr.', 'Voir https://exemple.fr/a?b=1;c=2 ou rh@exemple.fr.'],
		// a punctuation mark quoted on its own keeps the guillemets' narrow spaces
		['« : » et « ; »', `${o}:${c} et ${o};${c}`],
		// a question inside guillemets
		['« Pourquoi? »', `${o}Pourquoi${NNBSP}?${c}`],
	])('%j', (input, expected) => {
		expect(frenchTypography(input)).toBe(expected);
	});

	it('is idempotent on every case', () => {
		for (const text of ['Il dit "bonjour" : oui ? Non !', '« x » ; y', "l'a: b"]) {
			const once = frenchTypography(text);
			expect(frenchTypography(once)).toBe(once);
		}
	});

	it('decides a quote at the start of a node from the text before it', () => {
		// `"` right after a word closes the quotation opened in an earlier node
		expect(frenchTypography('" suite', 'mot')).toBe(`${c} suite`);
		// `"` after a space opens one
		expect(frenchTypography('"mot', 'dit ')).toBe(`${o}mot`);
	});

	it('adds the space when the punctuation starts a node right after a word', () => {
		expect(frenchTypography('? Oui.', 'important')).toBe(`${NNBSP}? Oui.`);
		expect(frenchTypography(': la suite', 'Note')).toBe(`${NBSP}: la suite`);
	});
});
