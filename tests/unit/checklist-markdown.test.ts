import { describe, expect, it } from 'vitest';
import { checklistMarkdown, escapeMarkdown } from '../../src/lib/checklists/markdown.ts';
import { checklistUrls } from '../../src/lib/checklists/urls.ts';
import { NBSP, NNBSP } from '../../src/lib/typography/french.ts';

describe('Markdown export of a checklist', () => {
	const markdown = checklistMarkdown({
		title: 'Préparer le point',
		summary: `Avant chaque point${NNBSP}; dix minutes suffisent.`,
		version: 2,
		items: [{ label: 'Relire l’agenda.', help: 'Les trois prochains jours.' }, { label: 'Noter *deux* risques.' }],
		guideTitle: 'Changer de posture',
		guideAddress: 'https://intranet.example/guide/guides/posture-partenaire/',
		pageAddress: 'https://intranet.example/guide/checklists/preparer-le-point/',
		organisation: 'ACME',
	});

	it('is a task list under the title, with the help text as a paragraph under its item', () => {
		expect(markdown).toBe(
			[
				'# Préparer le point',
				'',
				`Avant chaque point${NNBSP}; dix minutes suffisent.`,
				'',
				'- [ ] Relire l’agenda.',
				'',
				'  Les trois prochains jours.',
				'',
				'- [ ] Noter \\*deux\\* risques.',
				'',
				'---',
				'',
				`Source${NBSP}: [Préparer le point](https://intranet.example/guide/checklists/preparer-le-point/), version 2, checklist du guide [Changer de posture](https://intranet.example/guide/guides/posture-partenaire/) (ACME).`,
				'',
			].join('\n'),
		);
	});

	it('names its page and its guide without links when the site has no public address', () => {
		const bare = checklistMarkdown({
			title: 'Préparer le point',
			summary: 'Dix minutes.',
			version: 2,
			items: [{ label: 'Relire l’agenda.' }],
			guideTitle: 'Changer de posture',
			guideAddress: undefined,
			pageAddress: undefined,
			organisation: 'ACME',
		});
		expect(bare).toContain(`Source${NBSP}: Préparer le point, version 2, checklist du guide Changer de posture (ACME).`);
	});

	it.each([
		// emphasis, code and links would change the text
		['un *mot* et `code` [lien]', 'un \\*mot\\* et \\`code\\` \\[lien\\]'],
		// a label that starts like an ordered list or a heading
		['1. Commencer', '1\\. Commencer'],
		['# Titre', '\\# Titre'],
		// French prose stays untouched
		[`Et maintenant${NNBSP}?`, `Et maintenant${NNBSP}?`],
	])('escapes %s', (text, expected) => {
		expect(escapeMarkdown(text)).toBe(expected);
	});
});

describe('checklist addresses', () => {
	it.each([
		['/', { page: '/checklists/x/', pdf: '/checklists/x.pdf', markdown: '/checklists/x.md' }],
		[
			'/guide-assistants/',
			{
				page: '/guide-assistants/checklists/x/',
				pdf: '/guide-assistants/checklists/x.pdf',
				markdown: '/guide-assistants/checklists/x.md',
			},
		],
		// BASE_URL without its trailing slash still gives one
		['/guide', { page: '/guide/checklists/x/', pdf: '/guide/checklists/x.pdf', markdown: '/guide/checklists/x.md' }],
	])('under base %s', (base, expected) => {
		expect(checklistUrls('x', base)).toEqual(expected);
	});
});
