/**
 * How a cost grows with the number of pages. A build has a fixed start-up cost, so the cost per
 * added page between two sizes (the marginal cost) says more than a ratio of totals: when the
 * marginal cost of the last step is the same as the first, growth is linear; when it rises, each
 * page costs more as the site grows (a quadratic step somewhere).
 */
export interface Sample {
	pages: number;
	value: number;
}

/** Cost per added page between consecutive sizes, in order of size. */
export function marginalCosts(samples: readonly Sample[]): { from: number; to: number; perPage: number }[] {
	const sorted = [...samples].sort((a, b) => a.pages - b.pages);
	return sorted.slice(1).map((sample, index) => {
		const previous = sorted[index] as Sample;
		return { from: previous.pages, to: sample.pages, perPage: (sample.value - previous.value) / (sample.pages - previous.pages) };
	});
}

/**
 * Last marginal cost over the first: about 1 for linear growth, above 1 when pages get dearer.
 * Undefined with fewer than three sizes, or when the first step costs nothing measurable.
 */
export function growthFactor(samples: readonly Sample[]): number | undefined {
	const steps = marginalCosts(samples);
	const first = steps[0];
	const last = steps.at(-1);
	if (!first || !last || steps.length < 2 || first.perPage <= 0) return undefined;
	return last.perPage / first.perPage;
}

/** Plain words for a growth factor, with the tolerance that timing noise on a shared machine needs. */
export function growthVerdict(factor: number | undefined): string {
	if (factor === undefined) return 'n/a';
	if (factor <= 1.5) return `linear (×${factor.toFixed(2)})`;
	return `faster than linear (×${factor.toFixed(2)})`;
}
