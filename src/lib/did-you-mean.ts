/**
 * The known name a misspelt one was probably meant to be (« audience » → « audiences »): the
 * closest by edit distance, when it is close enough to be a typo rather than another word.
 */

/** Levenshtein distance, on two short words: fields and component names. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		previous = current;
	}
	return previous[b.length] ?? 0;
}

export function closest(name: string, known: Iterable<string>): string | undefined {
	const lower = name.toLowerCase();
	let best: { name: string; distance: number } | undefined;
	for (const candidate of known) {
		const d = distance(lower, candidate.toLowerCase());
		if (!best || d < best.distance) best = { name: candidate, distance: d };
	}
	// Two edits, or a third of the word for long names: beyond that it is another word.
	return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}

/** ` (vouliez-vous dire « audiences » ?)`, or nothing when no known name is close. */
export function didYouMean(name: string, known: Iterable<string>): string {
	const match = closest(name, known);
	return match ? ` (vouliez-vous dire « ${match} » ?)` : '';
}
