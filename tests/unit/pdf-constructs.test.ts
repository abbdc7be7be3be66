/**
 * Every construct a page may hold has a printed form in the livre blanc, and any other stops the
 * build naming the file, the line and the construct. The sources are made up here: the guides'
 * prose changes, the constructs do not.
 */
import { describe, expect, it } from 'vitest';
import { ASIDE_TITLES, mdxBlocks, mdxTemplates } from '../../src/lib/pdf/mdast-blocks.ts';
import { plainText, type Block } from '../../src/lib/pdf/blocks.ts';
import { ContributorError } from '../../src/lib/contributor-errors.ts';
import { NBSP } from '../../src/lib/typography/french.ts';

const only = (source: string): Block => {
	const [block, ...rest] = mdxBlocks(source);
	expect(rest).toEqual([]);
	if (!block) throw new Error('no block');
	return block;
};

describe('printed form of each construct', () => {
	it.each(Object.entries(ASIDE_TITLES))('`:::%s` without a title is a box titled « %s »', (kind, title) => {
		expect(only(`:::${kind}\nUn conseil.\n:::`)).toEqual({
			type: 'box',
			title,
			blocks: [{ type: 'paragraph', runs: [{ text: 'Un conseil.' }] }],
		});
	});

	it.each(Object.keys(ASIDE_TITLES))('`:::%s[Titre]` is a box with that title, its label not repeated', (kind) => {
		const block = only(`:::${kind}[Un exemple vécu]\nPremière phrase.\n\nSeconde **phrase**.\n:::`);
		expect(block).toMatchObject({ type: 'box', title: 'Un exemple vécu' });
		expect(JSON.stringify(block)).not.toContain(':::');
		expect(block.type === 'box' && block.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
	});

	it.each([
		// Starlight's component form of an aside
		['<Aside type="danger" title="Attention">\nTexte.\n</Aside>', 'Attention'],
		['<Aside>\nTexte.\n</Aside>', 'Note'],
		['<KeyIdea>\nTexte.\n</KeyIdea>', 'L’idée clé'],
		['<SelfAssessment>\n1. Texte ?\n</SelfAssessment>', 'Questions pour faire le point'],
		['<WhatToSay situation="Au téléphone">\nTexte.\n</WhatToSay>', 'Ce que vous pouvez dire. Au téléphone'],
		['<Template title="Charte">\nTexte.\n</Template>', `Le modèle${NBSP}: Charte`],
	])('%s is a box titled « %s »', (source, title) => {
		expect(only(source)).toMatchObject({ type: 'box', title });
	});

	it('keeps nested lists as lists inside list items', () => {
		const block = only('- Un\n  - Un point un\n  - Un point deux\n- Deux');
		expect(block).toMatchObject({
			type: 'list',
			items: [
				[{ type: 'paragraph' }, { type: 'list', items: [[{ type: 'paragraph' }], [{ type: 'paragraph' }]] }],
				[{ type: 'paragraph' }],
			],
		});
	});

	it('reads a table by rows, emphasis dropped from the cells', () => {
		expect(only('| A | **B** |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |')).toEqual({
			type: 'table',
			header: ['A', 'B'],
			rows: [
				['1', '2'],
				['3', '4'],
			],
		});
	});

	it('numbers outside links as notes, once per address, and leaves inside links as text', () => {
		const blocks = mdxBlocks(
			'Voir [le site](https://exemple.fr/a), [la page](/guides/x/), [encore](https://exemple.fr/a) et [un autre](https://autre.fr/).',
		);
		const [paragraph, notes] = blocks;
		expect(paragraph?.type === 'paragraph' && plainText(paragraph.runs)).toBe(
			`Voir le site${NBSP}[1], la page, encore${NBSP}[1] et un autre${NBSP}[2].`,
		);
		expect(paragraph?.type === 'paragraph' && paragraph.runs.find((run) => run.link)?.link).toBe('https://exemple.fr/a');
		expect(notes).toEqual({ type: 'notes', addresses: ['https://exemple.fr/a', 'https://autre.fr/'] });
	});

	it('puts an unhandled text directive back as text, as Starlight does', () => {
		expect(plainText((only('Rendez-vous à 10:30 précises.') as Extract<Block, { type: 'paragraph' }>).runs)).toContain('10:30');
	});
});

describe('a construct the livre blanc cannot print', () => {
	it.each([
		// a component without a printed form
		['Intro.\n\n<Diagramme source="x" />\n', '<Diagramme>', 3],
		// an aside kind Starlight does not have
		['Intro.\n\n:::astuce[Exemple]\nTexte.\n:::\n', ':::astuce', 3],
		// an unknown Aside type
		['<Aside type="info">\nTexte.\n</Aside>\n', '<Aside type="info">', 1],
	])('fails naming the file, the line and the construct (%#)', (source, construct, line) => {
		let error: unknown;
		try {
			mdxBlocks(source, 'content/docs/guides/exemple.mdx');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ContributorError);
		const message = (error as Error).message;
		expect(message).toContain(`content/docs/guides/exemple.mdx:${line}`);
		expect(message).toContain(construct);
		expect(message).toContain('/contribuer/erreurs/construction-non-imprimable/');
	});
});

describe('templates of a page', () => {
	it('gives each template its title, its blocks and its Markdown as written', () => {
		const source = `---\ntitle: x\n---\nimport Template from '~/components/Template.astro';\n\nIntro.\n\n<Template title="Ordre du jour">\n\n### Point du lundi\n\n- Priorités : [à remplir]\n- **Risques**\n\n</Template>\n`;
		const [template, ...rest] = mdxTemplates(source);
		expect(rest).toEqual([]);
		expect(template?.title).toBe('Ordre du jour');
		expect(template?.markdown).toBe('### Point du lundi\n\n- Priorités : [à remplir]\n- **Risques**');
		expect(template?.blocks.map((block) => block.type)).toEqual(['heading', 'list']);
	});
});
