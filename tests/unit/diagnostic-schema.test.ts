/** The schema of content/diagnostic/ and the checks across its files (src/lib/diagnostic/model.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axisSchema } from '../../src/schemas/diagnostic.ts';
import { buildModel, STATEMENT_LIMITS, type AxisEntry } from '../../src/lib/diagnostic/model.ts';
import { ContributorError } from '../../src/lib/contributor-errors.ts';

const DIR = join(import.meta.dirname, '../../content/diagnostic');

function axis(overrides: Record<string, unknown> = {}) {
	return {
		title: 'Transparence',
		kind: 'pilier',
		order: 1,
		summary: 'Dire tôt ce qui se passe.',
		guide: 'guides/piliers-de-la-confiance',
		levels: { fragile: 'A.', 'en-construction': 'B.', solide: 'C.' },
		conversation: ['Quoi ?'],
		statements: [
			{ id: 'a', assistant: 'Je fais A.', dirigeant: 'On me fait A.' },
			{ id: 'b', assistant: 'Je fais B.', dirigeant: 'On me fait B.' },
		],
		...overrides,
	};
}

function issues(input: unknown) {
	const result = axisSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** An entry of `count` statements named `<prefix>1…`. */
function entry(id: string, order: number, count: number, prefix = id): AxisEntry {
	const statements = Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, assistant: 'x', dirigeant: 'y' }));
	return { id, data: { title: id, kind: 'dimension', order, statements } };
}

describe('diagnostic schema', () => {
	it('accepts every file of content/diagnostic/', () => {
		for (const name of readdirSync(DIR).filter((file) => file.endsWith('.yaml'))) {
			expect(issues(parse(readFileSync(join(DIR, name), 'utf8'))), name).toEqual([]);
		}
	});

	it.each([
		// the same statement id twice in one axis: the second is named, with its catalogue page
		[
			{
				statements: [
					{ id: 'a', assistant: 'x', dirigeant: 'y' },
					{ id: 'a', assistant: 'z', dirigeant: 'w' },
				],
			},
			'statements.1.id',
			/« a » est déjà celui de l’énoncé 1\. Aide : \/contribuer\/erreurs\/enonce-en-double\//,
		],
		// a statement without its executive's version
		[
			{
				statements: [
					{ id: 'a', assistant: 'x' },
					{ id: 'b', assistant: 'x', dirigeant: 'y' },
				],
			},
			'statements.0.dirigeant',
			/champ-manquant/,
		],
		// one statement only: an axis has two to five
		[{ statements: [{ id: 'a', assistant: 'x', dirigeant: 'y' }] }, 'statements', /nombre-d-enonces/],
		// a kind other than pilier or dimension
		[{ kind: 'pillier' }, 'kind', /Valeurs possibles : pilier, dimension\. .*valeur-inconnue/],
		// a level left out
		[{ levels: { fragile: 'A.', solide: 'C.' } }, 'levels.en-construction', /champ-manquant/],
		// an anchor typed with its #
		[{ section: '#transparence' }, 'section', /sans # ni espace/],
		// a guide that does not exist
		[{ guide: 'guides/inconnu' }, 'guide', /reference-absente/],
	])('refuses %j at %s', (overrides, path, message) => {
		const found = issues(axis(overrides));
		expect(found.map((issue) => issue.path)).toContain(path);
		expect(found.find((issue) => issue.path === path)?.message).toMatch(message);
	});
});

describe('diagnostic model', () => {
	it('orders axes by their order and lists statement ids in questionnaire order', () => {
		const model = buildModel([entry('b', 2, 8), entry('a', 1, 8)]);
		expect(model.axes.map((axis) => axis.id)).toEqual(['a', 'b']);
		expect(model.statementIds.slice(7, 9)).toEqual(['a8', 'b1']);
	});

	it('refuses a statement id used in two files, naming the second file and the first', () => {
		const build = () => buildModel([entry('a', 1, 8), entry('b', 2, 8, 'a')]);
		expect(build).toThrow(ContributorError);
		expect(build).toThrow(
			/content\/diagnostic\/b\.yaml[^]*statements\.0\.id[^]*content\/diagnostic\/a\.yaml[^]*enonce-en-double/,
		);
	});

	it.each([
		// one short of the minimum
		[STATEMENT_LIMITS.min - 1, /compte 14 énoncés ; il en faut de 15 à 24[^]*ajoutez-en 1/],
		// one over the maximum
		[STATEMENT_LIMITS.max + 1, /compte 25 énoncés[^]*retirez-en 1/],
	])('refuses a diagnostic of %i statements', (count, message) => {
		const build = () => buildModel([entry('a', 1, count)]);
		expect(build).toThrow(message);
		expect(build).toThrow(/nombre-d-enonces/);
	});

	it('accepts the bounds themselves', () => {
		expect(buildModel([entry('a', 1, STATEMENT_LIMITS.min)]).statementIds).toHaveLength(15);
		expect(buildModel([entry('a', 1, STATEMENT_LIMITS.max)]).statementIds).toHaveLength(24);
	});
});
