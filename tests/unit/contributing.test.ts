/** CONTRIBUTING.md cites paths of the project: each must exist, so the guide cannot drift. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const GENERATED = ['dist/', 'deploy/', 'paquets/'];

it('cites only paths that exist', () => {
	const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
	// Paths with a folder, or files at the root of the project (`vitest.config.ts`).
	const cited = [...text.matchAll(/`([\w.-]*\/[^`<*\s]*|[\w.-]+\.config\.\w+|\.\w+rc\.json)`/g)]
		.map((match) => match[1] ?? '')
		.filter((path) => !path.startsWith('/') && !path.startsWith('..'))
		// What the build writes (dist/, deploy/, paquets/) is absent from a fresh clone until it runs.
		.filter((path) => !GENERATED.some((folder) => path.startsWith(folder)));
	expect(cited.length).toBeGreaterThan(10);
	expect(cited.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
});
