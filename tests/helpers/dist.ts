/** The built site in `dist/`, as the dist tests read it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './build-fixture.ts';

export const DIST = join(PROJECT_ROOT, 'dist');

/** Domains that can never answer (RFC 2606, RFC 6761): what an invented address is written with. */
export const EXAMPLE_ADDRESS = /[\w.-]+\.(?:example|invalid|test)\b|\bexample\.(?:com|net|org)\b/i;

/** Every HTML page of the build, with its path relative to `dist/`. */
export function htmlPages(dir = DIST): { path: string; html: string }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			return { path: relative(dir, file), html: readFileSync(file, 'utf8') };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}
