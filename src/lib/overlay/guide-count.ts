/**
 * « Les sept guides » is written in upstream's pages for upstream's seven guides; a company that
 * hides one publishes six. The number is said in words, so it is found in the text and rewritten
 * from what is built: pages, search index and livre blanc all say the same count.
 */
const NUMBERS = [
	'zéro',
	'un',
	'deux',
	'trois',
	'quatre',
	'cinq',
	'six',
	'sept',
	'huit',
	'neuf',
	'dix',
	'onze',
	'douze',
	'treize',
	'quatorze',
	'quinze',
	'seize',
	'dix-sept',
	'dix-huit',
	'dix-neuf',
	'vingt',
] as const;

/** A count in French words up to twenty (as a French text writes them), in figures above. */
export function numberWord(count: number): string {
	return NUMBERS[count] ?? count.toLocaleString('fr-FR');
}

/** « sept guides », « un guide ». */
export function guidesPhrase(count: number): string {
	return `${numberWord(count)} guide${count === 1 ? '' : 's'}`;
}

/** Rewrites « sept guides » (upstream's count) into the count this build publishes, keeping a capital. */
export function recountGuides(text: string, upstream: number, built: number): string {
	if (upstream === built) return text;
	const pattern = new RegExp(`\\b(${numberWord(upstream)})(\\s+)guides\\b`, 'gi');
	return text.replace(pattern, (_match, word: string, space: string) => {
		const [number, noun] = guidesPhrase(built).split(' ') as [string, string];
		const cased = word[0] === word[0]?.toUpperCase() ? number[0]?.toUpperCase() + number.slice(1) : number;
		return `${cased}${space}${noun}`;
	});
}
