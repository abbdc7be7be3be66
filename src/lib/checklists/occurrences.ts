/**
 * Counts how many times each checklist has appeared in the page being rendered, so a checklist
 * shown twice gets distinct element ids. Keyed by the render's `Astro.locals`, which lives as long
 * as one page.
 */
const seen = new WeakMap<object, Map<string, number>>();

/** 1 for the first appearance of `id` in `page`, 2 for the second… */
export function nextOccurrence(page: object, id: string): number {
	const counts = seen.get(page) ?? new Map<string, number>();
	seen.set(page, counts);
	const count = (counts.get(id) ?? 0) + 1;
	counts.set(id, count);
	return count;
}

/** The key under which `nextOccurrence` numbers every checklist of the page, whatever its id. */
export const BOX_IDS = '--boxes';
