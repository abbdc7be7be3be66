/**
 * Loads a folder of YAML files, one entry per file, the file name being the entry's id.
 *
 * Astro's glob() loader reports a YAML syntax error in English with a path relative to its cache;
 * this one names the file, the line and the likely fix in French, and refuses a file name that
 * would make an unsafe id.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContributorError } from '../lib/contributor-errors.ts';
import { parseYaml } from '../lib/yaml.ts';

const YAML_FILE = /\.ya?ml$/;
const SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function yamlFiles(directory: string): Loader {
	return {
		name: 'partenaire:yaml-files',
		async load(context: LoaderContext) {
			const root = fileURLToPath(context.config.root);
			const dir = join(root, directory);

			async function loadFile(path: string): Promise<string> {
				const file = relative(root, path);
				const id = basename(path, extname(path));
				if (!SAFE_ID.test(id)) {
					throw new ContributorError(
						file,
						[
							{
								field: '',
								message:
									'nom de fichier invalide : minuscules sans accents, mots séparés par des tirets (ex. : preparer-le-point.yaml).',
							},
						],
						'yaml-malforme',
					);
				}
				const text = await readFile(path, 'utf8');
				const raw = parseYaml(text, file);
				const data = await context.parseData({ id, data: raw as Record<string, unknown>, filePath: file });
				context.store.set({ id, data, filePath: file, digest: context.generateDigest(text) });
				return id;
			}

			async function loadAll(): Promise<void> {
				// A project may have no such folder (a fixture, a company without a diagnostic): an empty collection.
				const names = (existsSync(dir) ? await readdir(dir) : []).filter((name) => YAML_FILE.test(name) && !name.startsWith('_'));
				const ids = new Set(await Promise.all(names.map((name) => loadFile(join(dir, name)))));
				for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
			}

			await loadAll();
			context.watcher?.on('all', (_event, path) => {
				if (path.startsWith(dir) && YAML_FILE.test(path))
					loadAll().catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}
