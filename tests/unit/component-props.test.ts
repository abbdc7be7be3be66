import { describe, expect, it } from 'vitest';
import { parseComponentProps } from '../../src/lib/component-props.ts';
import { templatePropsSchema, whatToSayPropsSchema } from '../../src/schemas/components.ts';
import { ContributorError } from '../../src/lib/contributor-errors.ts';

const where = { component: 'WhatToSay', file: 'content/docs/guides/essai.mdx', slug: 'composant-invalide' } as const;

describe('parseComponentProps', () => {
	it('gives the text of the props in French typography, which the Markdown step never sees', () => {
		expect(parseComponentProps(whatToSayPropsSchema, { situation: 'Refuser : "pas cette année" ?' }, where)).toEqual({
			situation: 'Refuser\u00a0: «\u202fpas cette année\u202f»\u202f?',
		});
		expect(
			parseComponentProps(templatePropsSchema, { title: "L'ordre du jour" }, { ...where, component: 'Template' }).title,
		).toBe('L’ordre du jour');
	});

	it('names the page and the prop at fault', () => {
		expect(() => parseComponentProps(whatToSayPropsSchema, {}, where)).toThrow(ContributorError);
		expect(() => parseComponentProps(whatToSayPropsSchema, {}, where)).toThrow(/essai\.mdx[\s\S]*<WhatToSay> situation/);
	});
});
