/**
 * The downloads' cache: one file per document, named by its key (cache-key.ts), in a folder that
 * `npm run build` keeps between runs and that a fresh clone lacks.
 *
 * The folder sits in the node_modules the project's packages come from, where build tools keep
 * their caches (git ignores it). The copies the tests and the benchmark build (tests/.fixture-builds/,
 * .bench/) resolve their packages from the project's node_modules, so they share its cache: that
 * is safe, because a key names the whole of a document's inputs and code, and because an entry is
 * written under a temporary name and renamed, so that no build ever reads half a file. No build
 * deletes an entry another one may be using: entries are pruned only once unused for a month
 * (each reuse marks the entry as used).
 *
 * `PARTENAIRE_DOWNLOADS_CACHE` names another folder (the benchmark's cold builds start from an
 * empty one).
 */
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const CACHE_ENV = 'PARTENAIRE_DOWNLOADS_CACHE';
/** An entry no build has used for this long is deleted. */
export const UNUSED_LIFETIME_MS = 30 * 24 * 3600 * 1000;
const CACHE_PATH = ['.cache', 'partenaire', 'downloads'];

/**
 * The cache folder of the project at `root`: the env variable's, or in the node_modules that holds
 * its packages (Astro's, found as Node finds it). A copy's own node_modules, where Vite and Astro
 * keep their caches, holds no package and is skipped.
 */
export function downloadsCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const chosen = env[CACHE_ENV];
	if (chosen) return resolve(root, chosen);
	for (let dir = resolve(root); ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'node_modules', 'astro', 'package.json'))) return join(dir, 'node_modules', ...CACHE_PATH);
		if (dirname(dir) === dir) return join(resolve(root), 'node_modules', ...CACHE_PATH);
	}
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Copies the entry `name` to `target` and marks it as used; false when there is no such entry. */
export async function reuseEntry(cacheDir: string, name: string, target: string): Promise<boolean> {
	const entry = join(cacheDir, name);
	try {
		// A copy-on-write clone where the file system offers one, a plain copy elsewhere: never the
		// same file, which a later step writing to the output folder would change in the cache too.
		await copyFile(entry, target, constants.COPYFILE_FICLONE);
	} catch (error) {
		if (isMissing(error)) return false;
		throw error;
	}
	const now = new Date();
	await utimes(entry, now, now).catch((error: unknown) => {
		if (!isMissing(error)) throw error;
	});
	return true;
}

/** Writes the entry `name` whole: under a name of its own first, then renamed into place. */
export async function storeEntry(cacheDir: string, name: string, bytes: Uint8Array): Promise<void> {
	await mkdir(cacheDir, { recursive: true });
	const temporary = join(cacheDir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
	await writeFile(temporary, bytes);
	await rename(temporary, join(cacheDir, name));
}

/** Deletes the entries unused since `lifetime` before `now`; returns how many. */
export async function pruneEntries(cacheDir: string, now = Date.now(), lifetime = UNUSED_LIFETIME_MS): Promise<number> {
	if (!existsSync(cacheDir)) return 0;
	let pruned = 0;
	for (const name of await readdir(cacheDir)) {
		const entry = join(cacheDir, name);
		const info = await stat(entry).catch(() => undefined);
		if (info && now - info.mtimeMs > lifetime) {
			await rm(entry, { force: true });
			pruned++;
		}
	}
	return pruned;
}
