/**
 * The shape every guide of the second edition keeps (issue 18): read in about ten minutes, it
 * opens with who it is for, the time it takes and who to involve, then one thing to do in fifteen
 * minutes, and gives the reader words to say out loud at least four times.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/reading-time.ts';
import { splitFrontMatter } from '../../src/lib/front-matter.ts';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';

const GUIDES = join(PROJECT_ROOT, 'content/docs/guides');
/** About ten minutes at the reading speed the pages use (WORDS_PER_MINUTE in reading-time.ts). */
const MAX_PROSE_WORDS = 2200;
const MIN_SCRIPTS = 4;

/** The guide's prose: its MDX without the checklists, which the page embeds from their YAML. */
const guides = readdirSync(GUIDES)
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => ({ name, source: readFileSync(join(GUIDES, name), 'utf8') }));

describe.each(guides)('$name', ({ source }) => {
	it(`has at most ${MAX_PROSE_WORDS} words of prose`, () => {
		expect(countWords(source)).toBeLessThanOrEqual(MAX_PROSE_WORDS);
	});

	it('opens with « Avant de commencer » (for whom, the time, with whom), then « Dès demain »', () => {
		const body = splitFrontMatter(source)?.body ?? '';
		const before = body.indexOf(':::note[Avant de commencer]');
		const tomorrow = body.indexOf(':::tip[Dès demain]');
		const firstHeading = body.search(/^## /m);
		expect(before).toBeGreaterThan(-1);
		expect(tomorrow).toBeGreaterThan(before);
		expect(tomorrow).toBeLessThan(firstHeading);
		const box = body.slice(before, body.indexOf('\n:::', before + 1));
		for (const line of ['**Pour qui :**', '**Le temps qu’il faut :**', '**Avec qui :**']) expect(box).toContain(line);
	});

	it(`gives at least ${MIN_SCRIPTS} « Ce que vous pouvez dire » passages`, () => {
		expect(source.match(/<WhatToSay\b/g)?.length ?? 0).toBeGreaterThanOrEqual(MIN_SCRIPTS);
	});
});
