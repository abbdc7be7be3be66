/**
 * The one Zod instance of the project, with French messages: every schema imports `z` from here
 * so that a contributor reads « Valeur invalide » rather than « Invalid input ».
 *
 * Fields of our schemas carry their own messages (see `fieldError` in shared.ts). This fallback
 * covers the rest, a misspelt field in a strict object above all, so that every message still
 * ends with the page of the error catalogue that explains it.
 */
import { z } from 'astro/zod';
import { withHelp, type ErrorSlug } from '../lib/contributor-errors.ts';
import { didYouMean } from '../lib/did-you-mean.ts';

const french = z.locales.fr().localeError;

function slugOf(issue: { code: string; input?: unknown }): ErrorSlug {
	if (issue.code === 'unrecognized_keys') return 'champ-inconnu';
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'champ-manquant';
	if (issue.code === 'invalid_value') return 'valeur-inconnue';
	return 'valeur-invalide';
}

z.config({
	localeError: french,
	customError: (issue) => {
		if (issue.code === 'unrecognized_keys') {
			// The object that refused the keys knows its own fields: the likely one is named.
			const known = issue.inst && 'shape' in issue.inst ? Object.keys(issue.inst.shape as object) : [];
			const keys = issue.keys.map((key) => `« ${key} »${didYouMean(key, known)}`).join(', ');
			return withHelp(`Champ inconnu : ${keys}. Vérifiez son orthographe, ou supprimez-le.`, 'champ-inconnu');
		}
		const base = french(issue);
		const message = typeof base === 'string' ? base : base?.message;
		return message ? withHelp(`${message}.`, slugOf(issue)) : undefined;
	},
});

export { z };
