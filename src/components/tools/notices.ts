/**
 * What the tools tell the reader about their storage, in one place: why nothing is saved, what was
 * set aside. Texts go through the guide's French typography, like every text of the site.
 */
import { frenchTypography } from '../../lib/typography/french.ts';
import type { ReadResult, WriteOutcome } from '../../lib/tools/versioned-store.ts';

/** Sets the text of an element, typographed, and shows it (hides it when empty). */
export function say(element: HTMLElement, text: string): void {
	element.textContent = frenchTypography(text);
	element.hidden = text === '';
}

/** `what` is the tool's data in a sentence: « vos réponses », « votre journal ». `rescue` says how to keep it. */
export function readNotice(result: ReadResult<unknown>, what: string, rescue: string): string {
	const aside = `Elles ont été mises de côté dans ce navigateur, sans être effacées.`;
	switch (result.outcome) {
		case 'unavailable':
			return `Ce navigateur n’enregistre rien pour ce site (navigation privée ou stockage désactivé) : ${what} restera sur cette page jusqu’à sa fermeture. ${rescue}`;
		case 'corrupted':
			return `Des données enregistrées par cet outil étaient illisibles. ${aside} L’outil repart d’une page blanche.${result.writable ? '' : ` Le stockage est plein : rien ne sera enregistré. ${rescue}`}`;
		case 'newer':
			return `Des données viennent d’une version plus récente du guide. ${aside} L’outil repart d’une page blanche.${result.writable ? '' : ` ${rescue}`}`;
		default:
			if (result.rejected > 0)
				return `${result.rejected === 1 ? 'Une donnée abîmée a été mise' : `${result.rejected} données abîmées ont été mises`} de côté ; tout le reste est là.`;
			return '';
	}
}

export function writeNotice(outcome: WriteOutcome, rescue: string): string {
	if (outcome === 'full')
		return `Le stockage de ce navigateur est plein : la dernière modification n’a pas été enregistrée. ${rescue}`;
	if (outcome === 'unavailable')
		return `Ce navigateur refuse d’enregistrer : la dernière modification restera sur cette page jusqu’à sa fermeture. ${rescue}`;
	return '';
}

/** Offers `text` as a file to download, made in the browser. */
export function download(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
