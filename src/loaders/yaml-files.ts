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
import { SLUG_PATTERN } from '../schemas/shared.ts';

const YAML_FILE = /\.ya?ml$/;

/** For a collection that a company's overlay adds to, and that hiding pages can thin out. */
export interface YamlFilesOptions {
	/** A second folder whose files join the first's (`entreprise/checklists`); an id both use is refused. */
	overlay?: string;
	/** Ids not to load: the checklists of hidden pages. */
	skip?: ReadonlySet<string>;
	/** Whether `directory` may be absent, for an empty collection (the diagnostic in a fixture). Default: false. */
	optional?: boolean;
	/** Ids whose `guide` field moves to another page (their own page is hidden, another uses them). */
	guides?: ReadonlyMap<string, string>;
}

export function yamlFiles(directory: string, { overlay, skip, guides, optional = false }: YamlFilesOptions = {}): Loader {
	return {
		name: 'partenaire:yaml-files',
		async load(context: LoaderContext) {
			const root = fileURLToPath(context.config.root);
			const dirs = [directory, ...(overlay ? [overlay] : [])].map((folder) => join(root, folder));

			async function loadFile(path: string): Promise<string> {
				const file = relative(root, path);
				const id = basename(path, extname(path));
				if (!SLUG_PATTERN.test(id)) {
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
				const guide = guides?.get(id);
				if (guide && raw && typeof raw === 'object') (raw as Record<string, unknown>)['guide'] = guide;
				const data = await context.parseData({ id, data: raw as Record<string, unknown>, filePath: file });
				context.store.set({ id, data, filePath: file, digest: context.generateDigest(text) });
				return id;
			}

			async function listDir(dir: string): Promise<string[]> {
				// The overlay's folder is optional; upstream's is not, unless the collection says so.
				const names = (dir === dirs[0] && !optional) || existsSync(dir) ? await readdir(dir) : [];
				return names
					.filter((name) => YAML_FILE.test(name) && !name.startsWith('_') && !skip?.has(basename(name, extname(name))))
					.map((name) => join(dir, name));
			}

			async function loadAll(): Promise<void> {
				const [own = [], added = []] = await Promise.all(dirs.map(listDir));
				const taken = new Set(own.map((path) => basename(path, extname(path))));
				const clash = added.find((path) => taken.has(basename(path, extname(path))));
				if (clash) {
					const id = basename(clash, extname(clash));
					throw new ContributorError(
						relative(root, clash),
						[
							{
								field: '',
								message: `l’identifiant « ${id} » est déjà celui de ${directory}/${id}.yaml, publié par le guide : renommez votre fichier (ex. : interne-${id}.yaml) et mettez à jour les pages qui le citent.`,
							},
						],
						'id-deja-pris',
					);
				}
				const ids = new Set(await Promise.all([...own, ...added].map(loadFile)));
				for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
			}

			await loadAll();
			context.watcher?.on('all', (_event, path) => {
				if (dirs.some((dir) => path.startsWith(dir)) && YAML_FILE.test(path))
					loadAll().catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}
