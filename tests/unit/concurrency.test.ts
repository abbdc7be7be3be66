import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../src/lib/concurrency.ts';

describe('mapWithConcurrency', () => {
	it('keeps the order of the items whatever order the jobs finish in', async () => {
		const delays = [30, 5, 20, 1, 10];
		const results = await mapWithConcurrency(delays, 2, async (delay) => {
			await new Promise((resolve) => setTimeout(resolve, delay));
			return delay * 2;
		});
		expect(results).toEqual([60, 10, 40, 2, 20]);
	});

	it('never runs more jobs at once than the limit', async () => {
		let running = 0;
		let highest = 0;
		await mapWithConcurrency(
			Array.from({ length: 20 }, (_, index) => index),
			3,
			async () => {
				running++;
				highest = Math.max(highest, running);
				await new Promise((resolve) => setTimeout(resolve, 2));
				running--;
			},
		);
		expect(highest).toBe(3);
	});

	it('gives nothing for no items', async () => {
		expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
	});

	it('refuses a limit that would run nothing', async () => {
		await expect(mapWithConcurrency([1], 0, async () => 1)).rejects.toThrow('Concurrency must be a positive integer, not 0.');
	});
});
