/**
 * The Markdown export read back by a CommonMark parser, as a reader's Markdown tool reads it: each
 * help text is its own text under its item (not merged into the label), and groups are headings.
 */
import { describe, expect, it } from 'vitest';
import { Parser, type Node } from 'commonmark';
import { checklistMarkdown, type MarkdownChecklist } from '../../src/lib/checklists/markdown.ts';

const base: Omit<MarkdownChecklist, 'items'> = {
	title: 'Préparer le point',
	summary: 'Avant chaque point.',
	version: 1,
	guideTitle: 'Changer de posture',
	guideAddress: 'https://intranet.example/guides/posture-partenaire/',
	pageAddress: 'https://intranet.example/checklists/preparer-le-point/',
	organisation: 'ACME',
};

/** The text of a node, its soft breaks as spaces. */
function text(node: Node): string {
	let out = '';
	const walker = node.walker();
	for (let event = walker.next(); event; event = walker.next()) {
		if (!event.entering) continue;
		if (event.node.type === 'text' || event.node.type === 'code') out += event.node.literal ?? '';
		if (event.node.type === 'softbreak') out += ' ';
	}
	return out;
}

function children(node: Node): Node[] {
	const list: Node[] = [];
	for (let child = node.firstChild; child; child = child.next) list.push(child);
	return list;
}

/** Every list item: the text of each of its paragraphs, in order. */
function items(markdown: string): string[][] {
	const document = new Parser().parse(markdown);
	return children(document)
		.filter((node) => node.type === 'list')
		.flatMap((list) => children(list).map((item) => children(item).map(text)));
}

describe('Markdown export parsed as CommonMark', () => {
	it.each([
		// help on the first item, none on the second
		[[{ label: 'Relire l’agenda.', help: 'Les trois prochains jours.' }, { label: 'Noter deux risques.' }]],
		// help on every item, one that starts like a list
		[
			[
				{ label: 'Préparer.', help: '1. la veille' },
				{ label: 'Envoyer.', help: '- avant midi' },
			],
		],
		// help on the last item only
		[[{ label: 'Ouvrir.' }, { label: 'Fermer.', help: 'En partant.' }]],
	])('keeps each help text as its own paragraph under its item (%#)', (list) => {
		const parsed = items(checklistMarkdown({ ...base, items: list }));
		expect(parsed).toEqual(list.map((item) => [`[ ] ${item.label}`, ...(item.help ? [item.help] : [])]));
	});

	it('opens each group with a heading, its items in a list under it', () => {
		const markdown = checklistMarkdown({
			...base,
			items: [
				{ label: 'Relire.', group: 'Avant la réunion' },
				{ label: 'Imprimer.', group: 'Avant la réunion', help: 'En deux exemplaires.' },
				{ label: 'Envoyer le compte rendu.', group: 'Après la réunion' },
			],
		});
		const document = new Parser().parse(markdown);
		const outline = children(document)
			.filter((node) => node.type === 'heading' || node.type === 'list')
			.map((node) => (node.type === 'heading' ? `h${node.level}:${text(node)}` : `list:${children(node).length}`));
		expect(outline).toEqual(['h1:Préparer le point', 'h2:Avant la réunion', 'list:2', 'h2:Après la réunion', 'list:1']);
	});
});
