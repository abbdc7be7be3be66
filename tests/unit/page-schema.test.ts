import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/schemas/docs.ts';

const guide = {
	title: 'Un guide',
	type: 'guide',
	audiences: ['assistant'],
	topic: 'confiance',
	checklists: ['confiance-audit-trois-piliers'],
	sources: ['page-personnel-confiance'],
	reviewed: '2026-11-23',
};

function paths(input: unknown): string[] {
	const result = pageSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('page front matter', () => {
	it('accepts a complete guide and resolves its references', () => {
		const page = pageSchema.parse(guide);
		expect(page.checklists).toEqual([{ collection: 'checklists', id: 'confiance-audit-trois-piliers' }]);
		expect(page.reviewed?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
	});

	it('gives a reference page every audience and no checklist by default', () => {
		const page = pageSchema.parse({ title: 'À propos' });
		expect(page).toMatchObject({
			type: 'reference',
			audiences: ['assistant', 'dirigeant', 'entreprise'],
			checklists: [],
			sources: [],
		});
	});

	it.each([
		// a guide must say its theme, sources and review date
		[{ topic: undefined }, 'topic'],
		[{ sources: [] }, 'sources'],
		[{ reviewed: undefined }, 'reviewed'],
		// a checklist that has no file
		[{ checklists: ['confiance-inexistante'] }, 'checklists.0'],
		// the same checklist twice
		[{ checklists: ['confiance-audit-trois-piliers', 'confiance-audit-trois-piliers'] }, 'checklists'],
		// a source that has no file
		[{ sources: ['inconnue'] }, 'sources.0'],
		// a theme outside the seven
		[{ topic: 'cuisine' }, 'topic'],
		// a date that is not one
		[{ reviewed: 'hier' }, 'reviewed'],
	])('refuses %j', (overrides, path) => {
		expect(paths({ ...guide, ...overrides })).toContain(path);
	});
});
