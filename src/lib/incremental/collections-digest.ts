/**
 * The `cacheKey` our own dynamic routes return from `getStaticPaths()`, for Astro's incremental
 * build (`experimental.incrementalBuild`): a page whose key and code are those of the previous
 * build is not rendered again, and its earlier HTML is kept.
 *
 * Astro hashes the page's code, settings included (they reach pages as virtual modules), and
 * the bodies the page rendered. What it cannot see is the data a page reads from the collections:
 * a checklist page shows its own fields, its guide's title, and a sidebar and previous/next links
 * made from every page's front matter. The key is therefore the digest of every entry's fields, in
 * every collection; a body is left out, so editing a guide's text builds none of the checklist
 * pages again, while changing any title, order or checklist builds them all.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionKey } from 'astro:content';

/** Every collection of src/content.config.ts: the type refuses a list that misses one. */
const COLLECTIONS = {
	docs: true,
	checklists: true,
	sources: true,
	i18n: true,
	glossary: true,
	diagnostic: true,
} as const satisfies Record<CollectionKey, true>;

let digest: Promise<string> | undefined;

/** The digest of every collection entry's id and fields, computed once per build. */
export function collectionsDigest(): Promise<string> {
	digest ??= (async () => {
		const hash = createHash('sha256');
		for (const name of Object.keys(COLLECTIONS) as CollectionKey[]) {
			const entries = await getCollection(name);
			for (const entry of entries.toSorted((a, b) => a.id.localeCompare(b.id)))
				hash.update(`${name}/${entry.id}\n${JSON.stringify(entry.data)}\n`);
		}
		return hash.digest('base64url');
	})();
	return digest;
}
