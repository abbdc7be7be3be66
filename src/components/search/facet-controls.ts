/**
 * The checkboxes of `FacetFields.astro`: what is ticked (as address slugs and as the labels the
 * index holds), and the counts shown beside each value.
 */
import { dataOf } from '../../lib/dom/required.ts';
import type { Selection } from '../../lib/search/facet-filter.ts';

export interface FacetControls {
	/** Address parameter → ticked slugs. */
	slugs(): Record<string, string[]>;
	/** Pagefind filter → ticked labels. */
	selection(): Selection;
	/** Pagefind filter → every value label, for the facets' pages. */
	labels(): Record<string, string[]>;
	restore(slugs: Record<string, string[]>): void;
	/** Address parameter → every slug, to read an address. */
	known(): Record<string, string[]>;
	showCounts(counts: Map<string, Map<string, number>>): void;
}

export function facetControls(root: ParentNode): FacetControls {
	const fieldsets = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')];
	const boxes = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const ticked = (fieldset: HTMLFieldSetElement) => boxes(fieldset).filter((box) => box.checked);
	return {
		slugs: () =>
			Object.fromEntries(
				fieldsets.flatMap((f) => (ticked(f).length > 0 ? [[dataOf(f, 'facet'), ticked(f).map((box) => box.value)]] : [])),
			),
		selection: () =>
			Object.fromEntries(
				fieldsets.flatMap((f) =>
					ticked(f).length > 0 ? [[dataOf(f, 'filter'), ticked(f).map((box) => dataOf(box, 'label'))]] : [],
				),
			),
		labels: () => Object.fromEntries(fieldsets.map((f) => [dataOf(f, 'filter'), boxes(f).map((box) => dataOf(box, 'label'))])),
		known: () => Object.fromEntries(fieldsets.map((f) => [dataOf(f, 'facet'), boxes(f).map((box) => box.value)])),
		restore(slugs) {
			for (const fieldset of fieldsets) {
				const selected = slugs[dataOf(fieldset, 'facet')] ?? [];
				for (const box of boxes(fieldset)) box.checked = selected.includes(box.value);
			}
		},
		showCounts(counts) {
			for (const fieldset of fieldsets) {
				const byValue = counts.get(dataOf(fieldset, 'filter'));
				for (const box of boxes(fieldset)) {
					const count = byValue?.get(dataOf(box, 'label')) ?? 0;
					const label = box.labels?.[0]?.querySelector<HTMLElement>('[data-count]');
					if (label) label.textContent = `(${count})`;
				}
			}
		},
	};
}
