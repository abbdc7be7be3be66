/**
 * The filters of /checklists/: shown once this runs, they hide the checklists that do not match,
 * say how many remain, and keep the choice in the address so a filtered list can be shared.
 */
const PARAMS = ['public', 'guide'] as const;

export function applyChecklistFilters(): void {
	const form = document.querySelector<HTMLFormElement>('[data-checklist-filters]');
	const counter = form?.querySelector<HTMLElement>('[data-filter-count]');
	if (!form || !counter) return;
	const count: HTMLElement = counter;
	const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
	const params = new URLSearchParams(location.search);
	for (const name of PARAMS) {
		const value = params.get(name) ?? '';
		if ([...select(name).options].some((option) => option.value === value)) select(name).value = value;
	}

	function filter(): void {
		const audience = select('public').value;
		const guide = select('guide').value;
		let shown = 0;
		for (const group of document.querySelectorAll<HTMLElement>('[data-guide]')) {
			let inGroup = 0;
			for (const item of group.querySelectorAll<HTMLElement>('[data-audiences]')) {
				const match =
					(!guide || group.dataset['guide'] === guide) &&
					(!audience || (item.dataset['audiences'] ?? '').split(' ').includes(audience));
				item.hidden = !match;
				if (match) inGroup++;
			}
			group.hidden = inGroup === 0;
			shown += inGroup;
		}
		count.textContent = `${shown} ${shown > 1 ? 'checklists affichées' : 'checklist affichée'}`;
		const query = new URLSearchParams();
		for (const name of PARAMS) if (select(name).value) query.set(name, select(name).value);
		history.replaceState(null, '', query.size > 0 ? `?${query}` : location.pathname);
	}

	form.addEventListener('change', filter);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		filter();
	});
	filter();
	form.hidden = false;
}
