import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../src/schemas/checklists.ts';
import { NNBSP } from '../../src/lib/typography/french.ts';

/** A valid checklist, pointing at a guide that exists in content/. */
function checklist(overrides: Record<string, unknown> = {}) {
	return {
		title: 'Préparer le point',
		summary: 'Avant chaque point hebdomadaire.',
		guide: 'guides/posture-partenaire',
		audiences: ['assistant'],
		version: 1,
		items: [
			{ id: 'relire-agenda', label: 'Relire l’agenda.' },
			{ id: 'noter-risques', label: 'Noter les risques.', help: 'Un par ligne.' },
		],
		...overrides,
	};
}

function issues(input: unknown) {
	const result = checklistSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('checklist schema', () => {
	it('accepts a valid checklist and typographs its labels', () => {
		const data = checklistSchema.parse(checklist({ title: 'Avant "le" point ?' }));
		expect(data.title).toBe(`Avant «${NNBSP}le${NNBSP}» point${NNBSP}?`);
		expect(data.guide).toEqual({ collection: 'docs', id: 'guides/posture-partenaire' });
	});

	it.each([
		// two items with the same id: the second is named, with the first's position
		[
			{
				items: [
					{ id: 'a', label: 'Faire A.' },
					{ id: 'a', label: 'Faire B.' },
				],
			},
			'items.1.id',
			/déjà celui de l’élément 1/,
		],
		// an audience outside the list
		[{ audiences: ['stagiaire'] }, 'audiences.0', /Public inconnu.*assistant, dirigeant, entreprise/],
		// a guide that does not exist
		[{ guide: 'guides/inexistant' }, 'guide', /content\/docs\/guides\/inexistant/],
		// a misspelt field is refused rather than silently dropped
		[{ sumary: 'x' }, '', /sumary/],
		// an item id with capitals or accents
		[{ items: [{ id: 'Relire-Agenda', label: 'Relire.' }] }, 'items.0.id', /minuscules sans accents/],
		// a version that is not a whole number
		[{ version: 'un' }, 'version', /nombre entier/],
		// an empty label
		[{ items: [{ id: 'a', label: '  ' }] }, 'items.0.label', /vide/],
	])('refuses %j at %s', (overrides, path, message) => {
		const found = issues(checklist(overrides));
		expect(found).toContainEqual({ path, message: expect.stringMatching(message) });
	});

	it('refuses a checklist with a missing title, naming the field', () => {
		const rest: Record<string, unknown> = checklist();
		delete rest.title;
		expect(issues(rest)).toContainEqual({
			path: 'title',
			message: 'Champ obligatoire. Texte attendu. Aide : /contribuer/erreurs/champ-manquant/',
		});
	});
});
