/**
 * One project built three times, as a contributor builds it: cold (a fresh copy, no cache of
 * Astro's nor of our downloads), again with nothing changed, then after editing one guide.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, type BuildFigures } from './build.ts';

export interface RebuildFigures {
	cold: BuildFigures;
	/** Nothing changed since the cold build. */
	warm: BuildFigures;
	/** One guide edited since the warm build. */
	edited: BuildFigures;
}

/** What the edit adds at the end of the guide: a paragraph of its own. */
export const EDIT = '\n\nCe paragraphe est ajouté par le banc d’essai, pour mesurer une reconstruction après une modification.\n';

/** `guide` is the project-relative path of the guide to edit; `env` is passed to each build. */
export async function buildThreeTimes(dir: string, guide: string, env: Record<string, string> = {}): Promise<RebuildFigures> {
	const cold = await buildProject(dir, env);
	const warm = await buildProject(dir, env);
	appendFileSync(join(dir, guide), EDIT);
	const edited = await buildProject(dir, env);
	return { cold, warm, edited };
}
