import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { glossaryLinksPlugin } from '../../src/lib/markdown/glossary-links.ts';
import { basePathLinksPlugin } from '../../src/lib/markdown/base-path-links.ts';
import { frenchTypographyPlugin } from '../../src/lib/typography/satteri-plugin.ts';
import { termForms, termLink } from '../../src/lib/glossary/terms.ts';
import type { FinderTerm } from '../../src/lib/glossary/term-finder.ts';
import { glossaryLinking } from '../../src/lib/glossary/published.ts';
import type { PageFile } from '../../src/lib/overlay/publication.ts';

const GUIDE = '/projet/content/docs/guides/essai.mdx';
const OTHER = '/projet/content/docs/a-propos.mdx';

const TERMS: FinderTerm[] = [
	{ id: 'signaux-faibles', forms: termForms({ term: 'Signaux faibles', forms: ['signal faible'] }) },
	{ id: 'tableau-de-bord', forms: termForms({ term: 'Tableau de bord' }) },
	{ id: 'charge-invisible', forms: termForms({ term: 'Charge invisible' }) },
	{ id: 'charge-mentale', forms: termForms({ term: 'Charge mentale organisationnelle' }) },
	{ id: 'kpi', forms: termForms({ term: 'Indicateurs clés de performance (KPI)' }) },
	{ id: 'ia', forms: ['IA'] },
	{ id: 'telétravail', forms: termForms({ term: 'Télétravail et équipes dispersées', forms: ['télétravail'] }) },
	{ id: 'construction', forms: ['construction'] },
	{ id: 'pilotage', forms: ['Pilotage'] },
];

/** The HTML of a Markdown page, through the steps that follow the glossary links in the build. */
async function html(markdown: string, { file = GUIDE, base = '/' } = {}): Promise<string> {
	const result = await markdownToHtml(markdown, {
		fileURL: pathToFileURL(file),
		features: { smartPunctuation: { quotes: false }, rawHtml: true },
		hastPlugins: [
			glossaryLinksPlugin({ terms: TERMS, guideFiles: new Set([GUIDE]) }),
			frenchTypographyPlugin(),
			basePathLinksPlugin(base),
		],
	});
	return result.html;
}

/** The linked words of a page, in order, with the term each leads to. */
function links(page: string): string[] {
	return [...page.matchAll(/<a href="[^"]*#([^"]+)" class="glossary-term">([^<]+)<\/a>/g)].map(
		([, id, text]) => `${text} → ${id}`,
	);
}

describe('the links from a guide to the glossary', () => {
	it('links the first use of each term only', async () => {
		const page = await html('Le tableau de bord, puis le tableau de bord.\n\nEncore un tableau de bord et le pilotage.');
		expect(links(page)).toEqual(['tableau de bord → tableau-de-bord', 'pilotage → pilotage']);
	});

	it('names the link by the word itself, with no title', async () => {
		const page = await html('Le pilotage.');
		expect(page).toContain(`<a href="${termLink('pilotage')}" class="glossary-term">pilotage</a>`);
		expect(page).not.toContain('title=');
	});

	it('never links inside a heading, a link, code, a button or an aside title, and links the next use', async () => {
		const page = await html(
			[
				'## Le tableau de bord',
				'[Un tableau de bord](/guides/x/) et `tableau de bord`.',
				'```\ntableau de bord\n```',
				'<button type="button">tableau de bord</button>',
				'<p class="starlight-aside__title" aria-hidden="true">tableau de bord</p>',
				'Enfin le tableau de bord.',
			].join('\n\n'),
		);
		expect(links(page)).toEqual(['tableau de bord → tableau-de-bord']);
		expect(page).toContain('<h2>Le tableau de bord</h2>');
		expect(page).toContain('Enfin le <a href="/glossaire/#tableau-de-bord"');
	});

	it.each([
		// a longer word that starts or ends like the term
		['Un copilotage réussi.', []],
		['La co-construction.', []],
		// case left aside, accents kept
		['Le Pilotage.', ['Pilotage → pilotage']],
		['Le teletravail.', []],
		['Le Télétravail.', ['Télétravail → telétravail']],
		// the plural, in -s or -x, on each word of the term
		['Des tableaux de bord.', ['tableaux de bord → tableau-de-bord']],
		['Des charges invisibles.', ['charges invisibles → charge-invisible']],
		// the term's own form, and its gloss in parenthesis
		['Un signal faible.', ['signal faible → signaux-faibles']],
		['Trois KPI suffisent.', ['KPI → kpi']],
		// an acronym only in capitals
		['Il kpi.', []],
		// after an elision
		['Ce que l’IA change.', ['IA → ia']],
		['Ce que l\u2019IA change.', ['IA → ia']],
		// the longest term at one place
		['La charge mentale organisationnelle.', ['charge mentale organisationnelle → charge-mentale']],
		// several terms in one sentence, in the order of the text
		['Le pilotage et le tableau de bord.', ['pilotage → pilotage', 'tableau de bord → tableau-de-bord']],
	])('%s', async (markdown, expected) => {
		expect(links(await html(markdown))).toEqual(expected);
	});

	it('finds a term across the no-break spaces of the typography', async () => {
		expect(links(await html('Un tableau\u00a0de bord.'))).toEqual(['tableau\u00a0de bord → tableau-de-bord']);
	});

	it('keeps the text around the links, typographed', async () => {
		const page = await html('Le pilotage : un tableau de bord ?');
		expect(page).toContain(
			'<p>Le <a href="/glossaire/#pilotage" class="glossary-term">pilotage</a>\u00a0: un <a href="/glossaire/#tableau-de-bord" class="glossary-term">tableau de bord</a>\u202f?</p>',
		);
	});

	it('puts the base path in front of the links', async () => {
		const page = await html('Le pilotage.', { base: '/guide-assistants/' });
		expect(page).toContain('href="/guide-assistants/glossaire/#pilotage"');
	});

	it('links nothing on a page that is not a guide', async () => {
		expect(links(await html('Le pilotage.', { file: OTHER }))).toEqual([]);
	});

	it('links in components but never in the words of a « Ce que vous pouvez dire », nor in props', async () => {
		const { code } = await mdxToJs(
			[
				'<WhatToSay situation="Pour le tableau de bord">',
				'Voici le tableau de bord.',
				'</WhatToSay>',
				'',
				'<KeyIdea>',
				'Le tableau de bord.',
				'</KeyIdea>',
			].join('\n'),
			{
				fileURL: pathToFileURL(GUIDE),
				hastPlugins: [glossaryLinksPlugin({ terms: TERMS, guideFiles: new Set([GUIDE]) })],
			},
		);
		expect(code).toContain('situation: "Pour le tableau de bord"');
		expect(code).toContain('children: "Voici le tableau de bord."');
		expect(code.match(/className: "glossary-term"/g)).toHaveLength(1);
		expect(code.indexOf('glossary-term')).toBeGreaterThan(code.indexOf('KeyIdea'));
	});
});

describe('the forms of a term', () => {
	it.each([
		[{ term: 'Tableau de bord' }, ['Tableau de bord']],
		// an acronym or an equivalent in parenthesis is another form
		[{ term: 'Indicateurs clés de performance (KPI)' }, ['Indicateurs clés de performance', 'KPI']],
		[{ term: 'Fonction support (back-office)' }, ['Fonction support', 'back-office']],
		// a list in parenthesis is a gloss
		[{ term: 'SSE (santé, sécurité, environnement)' }, ['SSE']],
		// the term's own forms, once each
		[
			{ term: 'Dirigeante ou dirigeant', forms: ['dirigeante', 'dirigeant', 'dirigeant'] },
			['Dirigeante ou dirigeant', 'dirigeante', 'dirigeant'],
		],
	])('%o', (term, forms) => {
		expect(termForms(term)).toEqual(forms);
	});
});

describe('the terms a build links', () => {
	const root = mkdtempSync(join(tmpdir(), 'partenaire-glossaire-'));
	mkdirSync(join(root, 'content'));
	writeFileSync(
		join(root, 'content/glossary.yaml'),
		[
			'- id: pilotage',
			'  term: Pilotage',
			'  guide: guides/role',
			'- id: transparence',
			'  term: Transparence',
			'  guide: guides/confiance',
			'  related: [pilotage]',
		].join('\n'),
	);
	const page = (id: string, type?: string): PageFile => ({ id, file: `content/docs/${id}.mdx`, type, checklists: [] });
	const pages = [page('guides/role', 'guide'), page('glossaire'), page('interne/deplacements', 'guide'), page('a-propos')];

	it('links every published term from every guide, upstream’s and a company’s', () => {
		const linking = glossaryLinking({ pages, hidden: [] }, '/guide-assistants/', root);
		expect(linking.terms.map((term) => term.id)).toEqual(['pilotage', 'transparence']);
		expect([...linking.guideFiles]).toEqual([
			join(root, 'content/docs/guides/role.mdx'),
			join(root, 'content/docs/interne/deplacements.mdx'),
		]);
		expect([...linking.links]).toEqual(['/guide-assistants/glossaire/#pilotage', '/guide-assistants/glossaire/#transparence']);
	});

	it('leaves out the terms of a hidden page', () => {
		const linking = glossaryLinking({ pages, hidden: [page('guides/confiance', 'guide')] }, '/', root);
		expect(linking.terms.map((term) => term.id)).toEqual(['pilotage']);
	});

	it('links nothing when the company hides the glossary, or the site has none', () => {
		const withoutGlossary = pages.filter((entry) => entry.id !== 'glossaire');
		const hiding = glossaryLinking({ pages: withoutGlossary, hidden: [page('glossaire')] }, '/', root);
		expect(hiding.terms).toEqual([]);
		expect(hiding.links.size).toBe(0);
		expect(glossaryLinking({ pages: withoutGlossary, hidden: [] }, '/', root).terms).toEqual([]);
	});
});
