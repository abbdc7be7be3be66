/** The element a script cannot work without: a missing one is a bug in its component's markup. */
export function required<E extends Element>(root: ParentNode, selector: string): E {
	const element = root.querySelector<E>(selector);
	if (!element) throw new Error(`Missing element ${selector}.`);
	return element;
}

/** A `data-*` attribute the component's markup always sets. */
export function dataOf(element: HTMLElement, name: string): string {
	const value = element.dataset[name];
	if (value === undefined) throw new Error(`Missing data-${name} on <${element.localName}>.`);
	return value;
}
