/**
 * Finds a file inside an installed package by walking up from this folder, as Node does for
 * `node_modules`, without going through the package's `exports` (which hide `bin/` files). Works
 * in a checkout nested in another one, such as a git worktree, where packages live in the parent.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageFile(name, file) {
	for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name, file);
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) throw new Error(`${name}/${file} is not installed: run \`npm install\`.`);
	}
}
