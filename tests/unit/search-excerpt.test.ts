import { describe, expect, it } from 'vitest';
import { buildExcerpt, cleanTitle, HIDDEN_WORDS_META } from '../../src/lib/search/excerpt.ts';

/** A page as the index stores it: `hidden` search-only words, then the prose. */
function page(hidden: string, prose: string, matched: string[]) {
	const content = `${hidden} ${prose}`.trim();
	const tokens = content.split(/\s+/);
	const locations = tokens.flatMap((token, at) => (matched.some((word) => token.toLowerCase().includes(word)) ? [at] : []));
	const count = hidden ? hidden.split(/\s+/).length : 0;
	return { content, locations, meta: { [HIDDEN_WORDS_META]: String(count) } };
}

describe('buildExcerpt', () => {
	it('never shows the search-only words (keywords), even when they hold the matches', () => {
		const excerpt = buildExcerpt(
			page('directeur, directrice, patron, patronne, chef', 'La confiance se construit avec votre patron.', ['patron']),
		);
		expect(excerpt).not.toContain('directrice');
		expect(excerpt).toBe('La confiance se construit avec votre <mark>patron</mark>.');
	});

	it('shows the beginning of the prose when only search-only words matched', () => {
		expect(buildExcerpt(page('burn-out, stress', 'Nommer la charge invisible.', ['stress']))).toBe('Nommer la charge invisible.');
	});

	it('joins elisions back (the index splits « d’assistantes »)', () => {
		expect(buildExcerpt(page('', 'un réseau d’ assistantes et l’ idée clé', ['assistantes']))).toBe(
			'un réseau d’<mark>assistantes</mark> et l’idée clé',
		);
	});

	it('does not highlight small words, and highlights a word without its punctuation', () => {
		const excerpt = buildExcerpt(page('', 'Gagner la confiance, de la direction.', ['la', 'confiance', 'de']));
		expect(excerpt).toBe('Gagner la <mark>confiance</mark>, de la direction.');
	});

	it('escapes the text: an excerpt is HTML', () => {
		expect(buildExcerpt(page('', 'Le champ <title> & le reste', ['title']))).toBe(
			'Le champ &lt;<mark>title</mark>&gt; &amp; le reste',
		);
	});

	it('centres on the densest run of matches and marks cut text with an ellipsis', () => {
		const prose = `${'mot '.repeat(40)}charge mentale et charge invisible ${'fin '.repeat(40)}`.trim();
		const excerpt = buildExcerpt(page('', prose, ['charge']), 10);
		expect(excerpt.startsWith('… ')).toBe(true);
		expect(excerpt.endsWith(' …')).toBe(true);
		expect(excerpt.match(/<mark>/g)).toHaveLength(2);
	});
});

describe('cleanTitle', () => {
	it('joins elisions split for the index', () => {
		expect(cleanTitle('Préparer l’\u200aarrivée d’\u200aune dirigeante')).toBe('Préparer l’arrivée d’une dirigeante');
	});
});
