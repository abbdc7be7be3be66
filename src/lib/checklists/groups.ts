/** A checklist's items by group, for its headings on the page. */

/** The items of a checklist as consecutive runs of the same group (the schema keeps a group's items together). */
export function groupRuns<T extends { group?: string | undefined }>(
	items: readonly T[],
): { group: string | undefined; items: T[] }[] {
	const runs: { group: string | undefined; items: T[] }[] = [];
	for (const item of items) {
		const last = runs.at(-1);
		if (last && last.group === item.group) last.items.push(item);
		else runs.push({ group: item.group, items: [item] });
	}
	return runs;
}
