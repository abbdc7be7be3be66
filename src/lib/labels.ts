/** How the site names its typed values to readers. */
import { AUDIENCE_LABELS, type Audience } from '../schemas/shared.ts';

/** « assistantes et assistants, dirigeantes et dirigeants » for a page's audiences. */
export function audienceList(audiences: readonly Audience[]): string {
	// Commas, not « et »: each label is already a doublet joined by « et ». Only the capital that
	// starts a label goes: « RH » stays an acronym.
	return audiences
		.map((audience) => AUDIENCE_LABELS[audience])
		.map((label) => label.charAt(0).toLowerCase() + label.slice(1))
		.join(', ');
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function frenchDate(date: Date): string {
	// French writes the first day of a month as an ordinal (« 1er décembre »); Intl prints « 1 ».
	return dateFormat.format(date).replace(/^1 /, '1er ');
}
