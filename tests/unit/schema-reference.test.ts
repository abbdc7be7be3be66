/** /contribuer/champs/ is read from the schemas: every field is there, with its description. */
import { describe, expect, it } from 'vitest';
import { describeFields } from '../../src/lib/schema-reference.ts';
import { pageSchema } from '../../src/schemas/docs.ts';
import { checklistItemSchema, checklistSchema } from '../../src/schemas/checklists.ts';

describe('fields reference', () => {
	it.each([
		['page', pageSchema],
		['checklist', checklistSchema],
		['checklist item', checklistItemSchema],
	] as const)('lists every field of the %s schema, each described', (_name, schema) => {
		const fields = describeFields(schema);
		expect(fields.map((field) => field.name)).toEqual(Object.keys(schema.shape));
		for (const field of fields) expect(field.description, field.name).not.toBe('');
	});

	it('says what each field of a page takes', () => {
		expect(describeFields(pageSchema)).toEqual([
			{
				name: 'title',
				required: true,
				type: 'texte',
				description: 'Le titre de la page, affiché comme son titre principal (h1).',
			},
			expect.objectContaining({ name: 'description', required: false, type: 'texte' }),
			expect.objectContaining({
				name: 'type',
				required: false,
				type: 'une valeur parmi : guide, path, template, reference',
				defaultValue: 'reference',
			}),
			expect.objectContaining({
				name: 'audiences',
				type: 'liste : une valeur parmi : assistant, dirigeant, entreprise, une par élément',
				defaultValue: '[assistant, dirigeant, entreprise]',
			}),
			expect.objectContaining({ name: 'topic', required: false }),
			expect.objectContaining({
				name: 'checklists',
				type: 'liste : identifiant de checklist (fichier de content/checklists/), une par élément',
				defaultValue: '[]',
			}),
			expect.objectContaining({
				name: 'sources',
				type: 'liste : identifiant de source (fichier de content/sources/), une par élément',
			}),
			expect.objectContaining({ name: 'reviewed', required: false, type: 'date AAAA-MM-JJ' }),
			expect.objectContaining({ name: 'keywords', required: false }),
		]);
	});

	it('keeps the format of a field that has its own description', () => {
		expect(describeFields(checklistItemSchema)[0]).toMatchObject({
			name: 'id',
			type: 'identifiant en minuscules, mots séparés par des tirets',
		});
	});
});
