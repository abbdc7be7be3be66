import { describe, expect, it } from 'vitest';
import { paragraph, seededRandom } from '../../scripts/bench/lib/lorem.ts';
import {
	folderIndex,
	generateGuide,
	markdownChecklist,
	oursChecklistYaml,
	oursGuideMdx,
	plainGuideMarkdown,
	wordCount,
} from '../../scripts/bench/lib/generate-guides.ts';

describe('benchmark guides', () => {
	it('are the same on every run: the seed alone decides the words', () => {
		expect(generateGuide(41)).toEqual(generateGuide(41));
		expect(generateGuide(41).title).not.toBe(generateGuide(42).title);
		expect(paragraph(seededRandom(7), 20)).toBe(paragraph(seededRandom(7), 20));
	});

	it('have about 800 words and two checklists of distinct ids', () => {
		for (const index of [0, 999, 1999]) {
			const guide = generateGuide(index);
			expect(wordCount(guide)).toBeGreaterThan(750);
			expect(wordCount(guide)).toBeLessThan(1000);
			expect(new Set(guide.checklists.map((list) => list.id)).size).toBe(2);
		}
	});

	it('embed both checklists with <Checklist> in our MDX, and declare them in the front matter', () => {
		const guide = generateGuide(0);
		const mdx = oursGuideMdx(guide);
		expect(mdx).toContain('checklists: [bench-guide-0001-a, bench-guide-0001-b]');
		expect(mdx.match(/<Checklist id="bench-guide-0001-[ab]" \/>/g)).toHaveLength(2);
		expect(oursChecklistYaml(guide, guide.checklists[0])).toContain('guide: interne/guide-0001\n');
	});

	it('write the same prose for plain Starlight, checklists as task lists', () => {
		const guide = generateGuide(0);
		const plain = plainGuideMarkdown(guide);
		expect(plain).not.toContain('<Checklist');
		expect(plain.match(/^- \[ \] /gm)).toHaveLength(16);
		for (const section of guide.sections) expect(plain).toContain(section.paragraphs[0]);
	});

	it('render a checklist as a heading, its summary and a task list with its help texts', () => {
		expect(
			markdownChecklist({
				title: 'Avant',
				summary: 'Pour commencer.',
				items: [{ label: 'Lire.', help: 'Tout.' }, { label: 'Noter.' }],
			}),
		).toBe('### Avant\n\nPour commencer.\n\n- [ ] Lire.\n  Tout.\n- [ ] Noter.');
	});

	it('give the long folder the index page that the sidebar links to', () => {
		const index = folderIndex(3, 'mdx');
		expect(index).toContain('- [Guide 3](/interne/guide-0003/)');
		expect(index).toContain('type: reference');
		expect(folderIndex(3, 'md')).not.toContain('type:');
	});
});
