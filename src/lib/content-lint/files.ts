/** The content sources the linter reads: pages and YAML data, never code, images or site.yaml. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const CONTENT = /\.(?:mdx|md|ya?ml)$/;
/** Configuration, not prose: its own schema checks it when the site builds. */
const SKIPPED = new Set(['content/site.yaml']);

export function contentFiles(root: string): { path: string; text: string }[] {
	const dir = join(root, 'content');
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => CONTENT.test(name))
		.map((name) => relative(root, join(dir, name)).split(sep).join('/'))
		.filter((path) => !SKIPPED.has(path))
		.sort()
		.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}
