/** `npm run new -- --entreprise …`: a company's pages and checklists go to its overlay, never upstream's folders. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/front-matter.ts';
import { nextSteps, scaffoldPath, scaffoldText, scaffoldUrl } from '../../src/lib/scaffold.ts';

describe('npm run new -- --entreprise', () => {
	it.each([
		// a page of the company's own, published under /interne/
		['guide', 'nos-deplacements', 'entreprise/docs/nos-deplacements.mdx', '/interne/nos-deplacements/'],
		['template', 'note-de-frais', 'entreprise/docs/note-de-frais.mdx', '/interne/note-de-frais/'],
		// a checklist of its own, beside upstream's but in its folder
		['checklist', 'avant-un-seminaire', 'entreprise/checklists/avant-un-seminaire.yaml', undefined],
	] as const)('puts a %s named %s in %s', (kind, slug, path, url) => {
		expect(scaffoldPath(kind, slug, 'entreprise')).toBe(path);
		expect(scaffoldUrl(kind, slug, 'entreprise')).toBe(url);
	});

	it('writes a company page without the fields of the guide’s own pages (type, theme, sources)', () => {
		const fields = readFrontMatter(scaffoldText('guide', 'nos-deplacements', 'entreprise'));
		expect(Object.keys(fields)).toEqual(['title', 'description', 'audiences', 'checklists', 'reviewed']);
		expect(Object.keys(readFrontMatter(scaffoldText('guide', 'x')))).toContain('type');
	});

	it('tells a company to commit the file on its own branch, not to open a pull request', () => {
		const steps = nextSteps('guide', 'nos-deplacements', 'entreprise/docs/nos-deplacements.mdx', 'entreprise');
		expect(steps).toContain('git add entreprise/');
		expect(steps).toContain('http://127.0.0.1:4321/interne/nos-deplacements/');
		expect(steps).not.toContain('pull request');
	});
});
