import { describe, expect, it } from 'vitest';
import { plainMarkdown } from '../../scripts/bench/lib/plain-markdown.ts';

const context = {
	checklists: new Map([['ma-liste', { title: 'Ma liste', summary: 'À faire.', items: [{ label: 'Agir.' }] }]]),
	guideList: '1. [Un guide](/guides/un/)',
};

describe('our MDX as plain Starlight Markdown', () => {
	it('keeps only the front matter fields that Starlight knows', () => {
		const text = plainMarkdown('---\ntitle: T\ntype: guide\ntopic: posture\nsidebar:\n  order: 2\n---\nTexte.\n', context);
		expect(text).toBe('---\ntitle: T\nsidebar:\n  order: 2\n---\n\nTexte.\n');
	});

	it.each([
		// A checklist becomes a task list under its title.
		['<Checklist id="ma-liste" />', '### Ma liste\n\nÀ faire.\n\n- [ ] Agir.'],
		// An aside becomes a Markdown aside with its title.
		['<Aside type="tip" title="Exemple">\nTexte.\n</Aside>', ':::tip[Exemple]\nTexte.\n:::'],
		// A template keeps its content under a heading.
		['<Template title="Modèle">\nTexte.\n</Template>', '### Modèle\nTexte.'],
		// A link card becomes a link with its description.
		['<LinkCard title="Lien" description="Où." href="/la/" />', '- [Lien](/la/) : Où.'],
		// The list of guides becomes a Markdown list.
		['<GuideList />', '1. [Un guide](/guides/un/)'],
		// A key idea keeps its text, without the box.
		['<KeyIdea>\nIdée.\n</KeyIdea>', 'Idée.'],
		// Components shown as code stay as they are.
		[
			'Écrivez `<Checklist id="x" />`.\n\n```mdx\n<Checklist id="y" />\n<KeyIdea>\n```',
			'Écrivez `<Checklist id="x" />`.\n\n```mdx\n<Checklist id="y" />\n<KeyIdea>\n```',
		],
		// Components with no plain counterpart disappear, whatever their attributes.
		['Avant.\n\n<SelfAssessment id="x"\n  level={2} />\n\nAprès.', 'Avant.\n\nAprès.'],
	])('%s', (mdx, expected) => {
		expect(plainMarkdown(`---\ntitle: T\n---\nimport X from 'x';\n\n${mdx}\n`, context)).toBe(
			`---\ntitle: T\n---\n\n${expected}\n`,
		);
	});

	it('fails on a checklist it does not know', () => {
		expect(() => plainMarkdown('<Checklist id="autre" />', context)).toThrow('No checklist "autre"');
	});
});
