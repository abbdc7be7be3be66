/**
 * References between collections that fail the build when they point nowhere.
 *
 * Astro's `reference()` only records an id and checks nothing. These check that the file of the
 * referenced entry exists in `content/` at load time, so that the error names the file and the
 * field that hold the dangling reference, and return the same `{ collection, id }` shape so that
 * `getEntry()` takes them as they are.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContributorError, withHelp } from '../lib/contributor-errors.ts';
import { CONTENT_FOLDERS } from '../lib/overlay/layout.ts';
import { publishedChecklist, publishedPage } from '../lib/overlay/entries.ts';
import { fieldError, isPlaceholder } from './shared.ts';
import { z } from './zod.ts';

/** Where each referable collection keeps its files, and with which extensions. */
const COLLECTION_FILES = {
	docs: { dir: 'docs', extensions: ['.mdx', '.md'] },
	checklists: { dir: 'checklists', extensions: ['.yaml', '.yml'] },
	sources: { dir: 'sources', extensions: ['.yaml', '.yml'] },
} as const;

export type ReferableCollection = keyof typeof COLLECTION_FILES;

/** Whether the entry's file exists, in upstream's content or a company's overlay. */
function fileExists(collection: ReferableCollection, id: string): boolean {
	const { dir, extensions } = COLLECTION_FILES[collection];
	const bases = CONTENT_FOLDERS.map((folder) => join(process.cwd(), folder, dir, id));
	const candidates = collection === 'docs' ? bases.flatMap((base) => [base, join(base, 'index')]) : bases;
	return candidates.some((base) => extensions.some((ext) => existsSync(base + ext)));
}

export function entryExists(collection: ReferableCollection, id: string): boolean {
	if (collection === 'sources') return fileExists(collection, id);
	// Pages and checklists may come from a company's overlay, or be hidden by it. When the site's
	// settings cannot be read, their own error is reported (first, by the build): the files decide.
	try {
		return collection === 'docs' ? publishedPage(id) : publishedChecklist(id);
	} catch (error) {
		if (error instanceof ContributorError) return fileExists(collection, id);
		throw error;
	}
}

const COLLECTION_NAMES: Record<ReferableCollection, string> = {
	docs: 'page',
	checklists: 'checklist',
	sources: 'source',
};

export function entryReference<C extends ReferableCollection>(collection: C) {
	const { dir } = COLLECTION_FILES[collection];
	const expected = fieldError(
		`Identifiant de ${COLLECTION_NAMES[collection]} attendu : le nom d’un fichier de content/${dir}/, sans son extension.`,
	);
	return z
		.string({ error: expected })
		.refine((id) => entryExists(collection, id), {
			error: (issue) =>
				isPlaceholder(issue.input)
					? expected(issue)
					: withHelp(
							`Aucune ${COLLECTION_NAMES[collection]} « ${String(issue.input)} » : le fichier content/${dir}/${String(issue.input)}.* n’existe pas. Vérifiez l’orthographe de l’identifiant.`,
							'reference-absente',
						),
		})
		.transform((id) => ({ collection, id }))
		.meta({ format: `identifiant de ${COLLECTION_NAMES[collection]} (fichier de content/${dir}/)` });
}
