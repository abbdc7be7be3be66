/** The links validator deletes Astro's content cache; it is put back only when no page is Markdown. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { keepingContentCache } from '../../src/integrations/links-validator.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Runs a setup that deletes the cache as the validator's does, and says whether the cache is there after. */
async function cacheAfterSetup(everyPageIsMdx: boolean): Promise<string | undefined> {
	const folder = mkdtempSync(join(tmpdir(), 'partenaire-cache-'));
	folders.push(folder);
	const cache = join(folder, 'data-store.json');
	writeFileSync(cache, '{"entries":1}');
	const setup = keepingContentCache(async () => rmSync(cache), everyPageIsMdx);
	await setup({ config: { cacheDir: pathToFileURL(`${folder}/`) } } as unknown as Parameters<typeof setup>[0]);
	return existsSync(cache) ? readFileSync(cache, 'utf8') : undefined;
}

describe('the content cache around the links validator', () => {
	it('is put back, unchanged, when every page is MDX (compiled, and checked, at every build)', async () => {
		expect(await cacheAfterSetup(true)).toBe('{"entries":1}');
	});

	it('stays deleted when a page is Markdown, whose cached rendering would skip the link collector', async () => {
		expect(await cacheAfterSetup(false)).toBeUndefined();
	});
});
