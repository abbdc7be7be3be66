/**
 * Where a glossary term lives and how the guides write it: the glossary page lists each term under
 * its anchor, and the guides link the first use of each term to that anchor. Both read this file.
 */

/** The id of the glossary page in the docs collection (`content/docs/glossaire.mdx`). */
export const GLOSSARY_PAGE = 'glossaire';

/** The id of a term's entry on the glossary page: the term's stable `id`, so links never break. */
export function termAnchor(id: string): string {
	return id;
}

/** A root-absolute link to a term's definition; the base path is added like any link's (base-path-links.ts). */
export function termLink(id: string): string {
	return `/${GLOSSARY_PAGE}/#${termAnchor(id)}`;
}

export interface TermWording {
	/** The term as the glossary shows it: « Indicateurs clés de performance (KPI) ». */
	term: string;
	/** Other ways the guides write it (the `forms` field). */
	forms?: readonly string[] | undefined;
}

/**
 * The words a guide may use for a term: the term without its parenthesis, what the parenthesis
 * holds (an acronym, an English or French equivalent: « KPI », « back-office »), and the term's
 * own `forms`. A parenthesis that lists several words (« santé, sécurité, environnement ») is a
 * gloss, not a way to write the term, and is left out.
 */
export function termForms({ term, forms = [] }: TermWording): string[] {
	const parenthesis = /\s*\(([^()]+)\)\s*$/.exec(term);
	const head = parenthesis ? term.slice(0, parenthesis.index) : term;
	const gloss = parenthesis?.[1]?.trim();
	const all = [head, ...(gloss && !gloss.includes(',') ? [gloss] : []), ...forms];
	return [...new Set(all.map((form) => form.trim()).filter(Boolean))];
}
