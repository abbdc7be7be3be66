/**
 * The content sources the linter reads: pages and YAML data of content/ and of a company's
 * overlay entreprise/, never code, images or the site's settings (checked when the site loads).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_FOLDERS, OVERLAY, UPSTREAM } from '../overlay/layout.ts';

const CONTENT = /\.(?:mdx|md|ya?ml)$/;
/** Configuration, not prose: its own schema checks it when the site builds. */
const SKIPPED = new Set<string>([UPSTREAM.site, OVERLAY.site]);

export function contentFiles(root: string): { path: string; text: string }[] {
	return CONTENT_FOLDERS.filter((folder) => existsSync(join(root, folder)))
		.flatMap((folder) =>
			readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
				.filter((name) => CONTENT.test(name) && !name.split(sep).includes('node_modules'))
				.map((name) =>
					relative(root, join(root, folder, name))
						.split(sep)
						.join('/'),
				),
		)
		.filter((path) => !SKIPPED.has(path))
		.sort()
		.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}
