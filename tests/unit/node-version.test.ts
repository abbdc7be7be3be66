/** One minimum Node.js version, in `engines`, said the same way by every page that mentions it, and checked before every npm script. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
	engines: { node: string };
	scripts: Record<string, string>;
};
const [major, minor] = /(\d+)\.(\d+)/.exec(pkg.engines.node)?.slice(1) ?? [];

describe('the minimum Node.js version', () => {
	it.each(['README.md', 'content/docs/contribuer/index.mdx', 'content/docs/heberger.mdx'])(
		'%s states the one of engines',
		(file) => {
			const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
			const stated = [...text.matchAll(/Node\.js\**\s+(\d+\.\d+)/g)].map((match) => match[1]);
			expect(stated.length).toBeGreaterThan(0);
			expect(new Set(stated)).toEqual(new Set([`${major}.${minor}`]));
		},
	);

	it('is checked first by every npm script', () => {
		for (const [name, command] of Object.entries(pkg.scripts)) {
			expect(command, name).toMatch(/^node scripts\/check-node\.mjs(?: &&|$)/);
		}
	});
});
