/**
 * The sentences search says to readers, French and typographed, shared by the header's search
 * and the search page.
 */
import type { Correction } from './vocabulary.ts';

/** Narrow no-break space: inside « guillemets » and before « ; » « ! » « ? ». */
const NNBSP = '\u202f';

export function quoted(text: string): string {
	return `«${NNBSP}${text}${NNBSP}»`;
}

export const SEARCH_MESSAGES = {
	label: 'Rechercher',
	inputLabel: 'Mots à chercher',
	dialogTitle: 'Rechercher dans le guide',
	close: 'Fermer',
	filter: 'Filtrer',
	seeAll: 'Voir tous les résultats',
	loading: 'Chargement de la recherche…',
	typeMore: 'Tapez au moins un mot.',
	nothing: 'Aucune page trouvée. Essayez un autre mot ou retirez un filtre.',
	partialTitle: 'Pages qui contiennent une partie des mots',
	more: 'Plus de résultats',
} as const;

/** What the empty search box suggests. */
export const SEARCH_HINT = `Tapez un mot ou une question\u00a0: ${quoted('charge mentale')}, ${quoted('préparer mon entretien annuel')}…`;

function plural(count: number, one: string, many: string): string {
	return `${count} ${count > 1 ? many : one}`;
}

/** The status line under the search box, announced politely to screen readers. */
export function describeResults(total: number, complete: number): string {
	if (total === 0) return SEARCH_MESSAGES.nothing;
	if (complete === 0)
		return `Aucune page ne contient tous ces mots${NNBSP}; ${plural(total, 'page en contient', 'pages en contiennent')} une partie.`;
	return `${plural(total, 'page trouvée', 'pages trouvées')}.`;
}

/** « Résultats pour « charge invisible » »: the query as searched, each corrected word replaced. */
export function correctedQuery(query: string, corrections: readonly Correction[]): string {
	return corrections.reduce((text, { term, word }) => {
		const pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(term)}(?=$|[^\\p{L}])`, 'iu');
		return text.replace(pattern, `$1${word}`);
	}, query.trim());
}

export function correctionNotice(query: string, corrections: readonly Correction[]): { searched: string; exact: string } {
	return {
		searched: `Résultats pour ${quoted(correctedQuery(query, corrections))}`,
		exact: `Chercher plutôt ${quoted(query.trim())}`,
	};
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
