/**
 * Finds the glossary's terms in a text: whole words, case left aside but accents kept
 * (« Télétravail » is « télétravail », not « teletravail »), any space between the words of a term
 * (the typography step turns some into no-break spaces), the French plural in -s or -x, and an
 * acronym (« KPI ») only in capitals, so that an ordinary word never passes for one.
 */

export interface FinderTerm {
	id: string;
	/** The ways the text may write it (termForms() of terms.ts). */
	forms: readonly string[];
}

export interface TermMatch {
	id: string;
	/** Offsets of the words found, in the text searched. */
	start: number;
	end: number;
}

/** Letters, digits and the hyphen make up a word: « construction » is not found in « co-construction ». */
const WORD = String.raw`[\p{L}\p{N}\-]`;
const SPACE = String.raw`[\s\u00a0\u202f]+`;
const APOSTROPHE = `['’]`;
/** Words that never take the plural mark of the term they belong to. */
const INVARIABLE = new Set([
	'à',
	'au',
	'aux',
	'avec',
	'de',
	'des',
	'du',
	'en',
	'et',
	'la',
	'le',
	'les',
	'ou',
	'par',
	'pour',
	'sur',
]);

function isAcronym(form: string): boolean {
	return /^[\p{Lu}\p{N}]{2,}$/u.test(form);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word of a term, with its plural: « tableau » also reads « tableaux », « indicateur clé » « indicateurs clés ». */
function wordPattern(word: string): string {
	const pattern = escape(word).replace(/['’]/g, APOSTROPHE);
	const last = word.split(/['’]/).at(-1) ?? word;
	const takesPlural = last.length >= 3 && !/[sxz]$/i.test(last) && !INVARIABLE.has(last.toLowerCase());
	return takesPlural ? `${pattern}(?:s|x)?` : pattern;
}

function formPattern(form: string): string {
	if (isAcronym(form)) return escape(form);
	return form.split(/\s+/).map(wordPattern).join(SPACE);
}

/**
 * A finder over a list of terms: given a text and the terms already linked, the first use in the
 * text of each other term, in the order of the text. At one place the longest form wins (« charge
 * mentale organisationnelle » before « charge »), and two uses never overlap.
 */
export function termFinder(terms: readonly FinderTerm[]): (text: string, skip: ReadonlySet<string>) => TermMatch[] {
	const forms = terms
		.flatMap((term) => term.forms.map((form) => ({ id: term.id, form, acronym: isAcronym(form) })))
		.sort((a, b) => b.form.length - a.form.length);
	if (forms.length === 0) return () => [];
	const pattern = new RegExp(`(?<!${WORD})(?:${forms.map(({ form }) => `(${formPattern(form)})`).join('|')})(?!${WORD})`, 'giu');
	return (text, skip) => {
		const found: TermMatch[] = [];
		const seen = new Set(skip);
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			const index = match.findIndex((group, i) => i > 0 && group !== undefined) - 1;
			const candidate = forms[index];
			if (!candidate || (candidate.acronym && match[0] !== candidate.form)) {
				// Not a use of the term (« kpi » in lower case): a shorter form may start at the next character.
				pattern.lastIndex = match.index + 1;
				continue;
			}
			// A later use of a term already linked keeps its words: no shorter term is linked inside it.
			if (seen.has(candidate.id)) continue;
			seen.add(candidate.id);
			found.push({ id: candidate.id, start: match.index, end: match.index + match[0].length });
		}
		return found;
	};
}
