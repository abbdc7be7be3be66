import { describe, expect, it } from 'vitest';
import { pageFilters, pageKind } from '../../src/lib/search/facets.ts';
import { pageScope } from '../../src/lib/search/scope.ts';

describe('pageKind', () => {
	it.each([
		// the front matter's type, as is
		[{ id: 'guides/charge-invisible', type: 'guide' }, 'guide'],
		[{ id: 'modeles/charte-du-reseau', type: 'template' }, 'template'],
		[{ id: 'parcours/assistant', type: 'path' }, 'path'],
		// pages found by where they live, whatever their type says
		[{ id: 'checklists/reseau-faire-vivre', type: 'reference' }, 'checklist'],
		[{ id: 'checklists', type: 'reference' }, 'checklist'],
		[{ id: 'glossaire', type: 'reference' }, 'glossary'],
		[{ id: 'a-propos', type: 'reference' }, 'reference'],
	] as const)('%j is a %s', (page, kind) => {
		expect(pageKind(page)).toBe(kind);
	});
});

describe('pageFilters', () => {
	it('labels audiences, kind and theme as readers read them', () => {
		expect(
			pageFilters({ id: 'guides/reseau-d-assistants', type: 'guide', audiences: ['assistant', 'entreprise'], topic: 'reseau' }),
		).toEqual({
			public: ['Assistantes et assistants', 'Entreprises et RH'],
			type: ['Guide'],
			espace: ['guide'],
			theme: ['Réseau d’assistants'],
		});
	});

	it('leaves out the theme of a page that has none', () => {
		expect(pageFilters({ id: 'glossaire', type: 'reference', audiences: ['dirigeant'] })).toEqual({
			public: ['Dirigeantes et dirigeants'],
			type: ['Glossaire'],
			espace: ['guide'],
		});
	});

	it.each([
		['contribuer', 'contribution'],
		['contribuer/erreurs/champ-inconnu', 'contribution'],
		['heberger', 'contribution'],
		['guides/charge-invisible', 'guide'],
		['glossaire', 'guide'],
	])('puts %s in the %s scope', (id, scope) => {
		expect(pageScope(id)).toBe(scope);
		expect(pageFilters({ id, type: 'reference', audiences: [] }).espace).toEqual([scope]);
	});
});
