/**
 * What names a document in the cache: the hash of its inputs and of the renderer's version. The
 * version is a hash of everything that shapes the bytes besides the inputs: the source files the
 * renderer's module reaches by its imports, the version of every package they use (and of those
 * packages' own dependencies: fontkit inside pdfkit, the fonts' package), and Node's zlib, which
 * compresses the PDFs' streams. Changing any of them changes every key, so that no document made
 * by older code is ever reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DownloadJob } from './documents.ts';

/** Module specifiers in a source file: `from '…'`, `import('…')`, `require('…')`, `require.resolve('…')`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire(?:\.resolve)?\s*\(\s*)['"]([^'"]+)['"]/g;
/** Imports of types only: erased from the running code, they change no byte. */
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s[^;]*;/gm;

/** A package's name from a bare specifier: `docx`, `@expo-google-fonts/inter/400Regular/x.ttf`. */
function packageName(specifier: string): string {
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The package.json of `name` as resolved from `fromDir`, walking up the node_modules folders. */
function packageJsonOf(name: string, fromDir: string): string | undefined {
	for (let dir = fromDir; ; dir = dirname(dir)) {
		const file = join(dir, 'node_modules', name, 'package.json');
		if (existsSync(file)) return file;
		if (dirname(dir) === dir) return undefined;
	}
}

/** `name@version` of the package and of its dependencies, as installed. */
function packageClosure(name: string, fromDir: string, seen: Map<string, string>): void {
	const file = packageJsonOf(name, fromDir);
	if (!file || seen.has(file)) return;
	const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; dependencies?: Record<string, string> };
	seen.set(file, `${name}@${manifest.version ?? '?'}`);
	for (const dependency of Object.keys(manifest.dependencies ?? {})) packageClosure(dependency, dirname(file), seen);
}

/** What the renderer's version is made of: its modules' text by path, its packages' versions. */
export interface RendererSources {
	/** The local modules reachable from the entry by their imports, by absolute path. */
	files: Map<string, string>;
	/** `name@version` of every package they import, and of those packages' dependencies. */
	packages: string[];
}

export function rendererSources(entry: URL): RendererSources {
	const files = new Map<string, string>();
	const packages = new Map<string, string>();
	const visit = (file: string): void => {
		if (files.has(file)) return;
		const text = readFileSync(file, 'utf8');
		files.set(file, text);
		for (const [, specifier = ''] of text.replace(TYPE_ONLY, '').matchAll(SPECIFIER)) {
			if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
			else if (!specifier.startsWith('node:')) packageClosure(packageName(specifier), dirname(file), packages);
		}
	};
	visit(fileURLToPath(entry));
	return { files, packages: [...packages.values()].sort() };
}

/**
 * The renderer's version: a hash of its sources (the modules' paths relative to the entry's
 * folder, so that a copy of the project elsewhere has the same version) and of Node's zlib.
 */
export function rendererVersion(entry: URL): string {
	const base = dirname(fileURLToPath(entry));
	const { files, packages } = rendererSources(entry);
	const hash = createHash('sha256');
	for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
		hash.update(`${relative(base, file)}\0${text}\0`);
	}
	for (const version of packages) hash.update(`${version}\0`);
	hash.update(`zlib@${process.versions.zlib ?? '?'}`);
	return hash.digest('hex');
}

/** The document's key: its kind, its route's parameters, its inputs and the renderer's version. */
export function documentKey(job: DownloadJob, version: string): string {
	return createHash('sha256')
		.update(JSON.stringify([version, job.kind, job.params, job.input]))
		.digest('hex');
}
