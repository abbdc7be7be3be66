import { describe, expect, it } from 'vitest';
import { mdxBlocks } from '../../src/lib/pdf/mdast-blocks.ts';
import { NBSP, NNBSP } from '../../src/lib/typography/french.ts';

const source = `---
title: Exemple
---
import KeyIdea from '~/components/KeyIdea.astro';

<KeyIdea>
L'idée : proposer.
</KeyIdea>

## Une section

Un **texte fort** et [un lien](/guides/x/) ; fin.

1. Premier
2. Second

> Une citation

| A | B |
| --- | --- |
| 1 | 2 |

<Aside type="caution" title="Attention au piège">
Une note.
</Aside>

<Checklist id="ma-checklist" />

<SelfAssessment>
1. Une question ?
</SelfAssessment>

{/* a comment */}
`;

describe('MDX body as printable blocks', () => {
	const blocks = mdxBlocks(source);

	it('drops front matter, imports and expressions, and keeps everything else in order', () => {
		expect(blocks.map((block) => block.type)).toEqual([
			'box',
			'heading',
			'paragraph',
			'list',
			'quote',
			'table',
			'box',
			'checklist',
			'box',
		]);
	});

	it('prints KeyIdea, Aside and SelfAssessment as titled boxes, with typography applied', () => {
		expect(blocks[0]).toEqual({
			type: 'box',
			title: 'L’idée clé',
			blocks: [{ type: 'paragraph', runs: [{ text: `L’idée${NBSP}: proposer.` }] }],
		});
		expect(blocks[6]).toMatchObject({ type: 'box', title: 'Attention au piège' });
		expect(blocks[8]).toMatchObject({
			type: 'box',
			title: 'Questions pour faire le point',
			blocks: [{ type: 'list', ordered: true, items: [[{ type: 'paragraph', runs: [{ text: `Une question${NNBSP}?` }] }]] }],
		});
	});

	it('keeps bold runs and prints link text, with the space before « ; » made narrow', () => {
		expect(blocks[2]).toEqual({
			type: 'paragraph',
			runs: [{ text: 'Un ' }, { text: 'texte fort', bold: true }, { text: ` et un lien${NNBSP}; fin.` }],
		});
	});

	it('names the checklist to print and reads tables by rows', () => {
		expect(blocks[7]).toEqual({ type: 'checklist', id: 'ma-checklist' });
		expect(blocks[5]).toEqual({ type: 'table', header: ['A', 'B'], rows: [['1', '2']] });
		expect(blocks[3]).toMatchObject({ type: 'list', ordered: true, start: 1 });
	});
});
