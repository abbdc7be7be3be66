/** Empty folders for one test file, each deleted after the test that asked for it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export function temporaryFolders(prefix: string): () => string {
	const made: string[] = [];
	afterEach(() => {
		for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
	});
	return () => {
		const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
		made.push(dir);
		return dir;
	};
}
