/**
 * Deterministic French-like filler text for the benchmark's generated guides: the same seed
 * always gives the same words, so two runs build exactly the same pages.
 */

/** Mulberry32: a tiny seeded generator, good enough to pick words. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Words of the guide's own register, accents included, so that the typography step, the search
// index and the PDF fonts work on text like the real one.
const WORDS = (
	'assistante assistant dirigeante dirigeant équipe réunion agenda priorité confiance partenaire ' +
	'réseau entreprise projet décision charge travail outil numérique semaine objectif rôle ' +
	'compétence reconnaissance échange dossier client délai organisation préparer anticiper ' +
	'proposer vérifier noter partager suivre clarifier arbitrer déléguer accompagner présenter ' +
	'chaque nouvelle première simple claire régulière précise utile visible commune durable ' +
	'le la les un une des du de et pour avec dans sur sans entre vers chez mais donc aussi ' +
	'souvent toujours ensemble déjà encore ici plutôt vraiment'
).split(' ');

export function words(random: () => number, count: number): string[] {
	return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)] as string);
}

/** A sentence of 8 to 19 words, capitalised and closed by a full stop. */
export function sentence(random: () => number): string {
	const text = words(random, 8 + Math.floor(random() * 12)).join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph of about `wordCount` words, in whole sentences. */
export function paragraph(random: () => number, wordCount: number): string {
	const sentences: string[] = [];
	let written = 0;
	while (written < wordCount) {
		const next = sentence(random);
		sentences.push(next);
		written += next.split(' ').length;
	}
	return sentences.join(' ');
}

/** A short title of 3 to 6 words, capitalised, without a full stop. */
export function title(random: () => number): string {
	const text = words(random, 3 + Math.floor(random() * 4)).join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
