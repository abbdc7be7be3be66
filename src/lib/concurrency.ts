/**
 * Runs an async job over many items with at most `limit` of them in flight: enough to keep the
 * disk busy, without opening thousands of files at once or holding a whole site in memory.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
	if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Concurrency must be a positive integer, not ${limit}.`);
	const results: R[] = new Array<R>(items.length);
	let next = 0;
	async function worker(): Promise<void> {
		while (next < items.length) {
			const index = next++;
			results[index] = await job(items[index] as T);
		}
	}
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
