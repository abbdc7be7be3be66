/**
 * The components MDX authors may use: the `.astro` files at the top of `src/components/`, each
 * imported from `~/components/<Name>.astro`. Read from the folder, so a new component (such as
 * `WhatToSay`) is allowed as soon as it exists, and a removed one is refused.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const COMPONENTS_DIR = 'src/components';
export const COMPONENT_IMPORT = '~/components/';

const cache = new Map<string, ReadonlySet<string>>();

export function knownComponents(root: string): ReadonlySet<string> {
	let names = cache.get(root);
	if (!names) {
		names = new Set(
			readdirSync(join(root, COMPONENTS_DIR), { withFileTypes: true })
				.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
				.map((entry) => entry.name.replace(/\.astro$/, '')),
		);
		cache.set(root, names);
	}
	return names;
}

/** The line an author writes to use a component. */
export function importLine(name: string): string {
	return `import ${name} from '${COMPONENT_IMPORT}${name}.astro';`;
}
