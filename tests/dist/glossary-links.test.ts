/**
 * The built guides link the first use of glossary terms to their definitions: each link lands on
 * a term of /glossaire/, each term once per page, on its first use in the running text, never in a
 * heading, a link, code, a button, a hidden aside title or a « Ce que vous pouvez dire ».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { publicationOf } from '../../src/lib/overlay/publication.ts';

interface Node {
	nodeName: string;
	value?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
}

const site = loadSiteConfig(PROJECT_ROOT);
const glossaryPrefix = `${site.basePath}glossaire/#`;
const guides = publicationOf(site, PROJECT_ROOT)
	.pages.filter((page) => page.type === 'guide')
	.map((page) => `${page.id}/index.html`);

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const classes = (node: Node) => (attr(node, 'class') ?? '').split(/\s+/);
const isGlossaryLink = (node: Node) => node.nodeName === 'a' && classes(node).includes('glossary-term');
const textOf = (node: Node): string =>
	node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('');

function* walk(node: Node, ancestors: Node[] = []): Generator<{ node: Node; ancestors: Node[] }> {
	yield { node, ancestors };
	for (const child of node.childNodes ?? []) yield* walk(child, [...ancestors, node]);
}

function content(html: string): Node {
	for (const { node } of walk(parse(html) as unknown as Node)) if (classes(node).includes('sl-markdown-content')) return node;
	throw new Error('no .sl-markdown-content on the page');
}

/**
 * Where a term is never linked: not running text, words to say as written, and the blocks that
 * components draw from data (`not-content`: a checklist, whose items are the labels of its boxes).
 */
function outsideProse(ancestors: Node[]): boolean {
	return ancestors.some(
		(node) =>
			/^(?:h[1-6]|a|code|pre|kbd|button|label)$/.test(node.nodeName) ||
			attr(node, 'aria-hidden') === 'true' ||
			classes(node).includes('what-to-say') ||
			classes(node).includes('not-content'),
	);
}

/** The glossary links of a page, in order, with the running text that comes before each. */
function glossaryLinks(html: string) {
	const links: { id: string; href: string; text: string; ancestors: Node[]; before: string }[] = [];
	let prose = '';
	for (const { node, ancestors } of walk(content(html))) {
		if (isGlossaryLink(node)) {
			const href = attr(node, 'href') ?? '';
			links.push({ id: href.slice(href.indexOf('#') + 1), href, text: textOf(node), ancestors, before: prose });
		}
		if (node.nodeName === '#text' && !outsideProse(ancestors)) prose += node.value ?? '';
	}
	return links;
}

const wholeWord = (text: string) =>
	new RegExp(
		`(?<![\\p{L}\\p{N}-])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}-])`,
		'iu',
	);

const glossaryIds = new Set(
	[...walk(parse(readFileSync(join(DIST, 'glossaire/index.html'), 'utf8')) as unknown as Node)]
		.filter(({ node }) => classes(node).includes('glossary__entry'))
		.map(({ node }) => attr(node, 'id')),
);

describe('links from the guides to the glossary', () => {
	it('finds the guides and the glossary’s terms', () => {
		expect(guides.length).toBeGreaterThanOrEqual(7);
		expect(glossaryIds.size).toBeGreaterThan(50);
	});

	for (const path of guides) {
		const links = glossaryLinks(readFileSync(join(DIST, path), 'utf8'));

		it(`${path} links terms to their definitions, each once`, () => {
			expect(links.length).toBeGreaterThan(3);
			expect(links.filter((link) => !link.href.startsWith(glossaryPrefix) || !glossaryIds.has(link.id))).toEqual([]);
			const ids = links.map((link) => link.id);
			expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		});

		it(`${path} links each term at its first use in the running text`, () => {
			expect(links.filter((link) => outsideProse(link.ancestors)).map((link) => link.text)).toEqual([]);
			expect(links.filter((link) => wholeWord(link.text).test(link.before)).map((link) => link.text)).toEqual([]);
		});
	}

	it('links « signal faible », a form of « signaux faibles », where the guide on posture explains the notebook', () => {
		const links = glossaryLinks(readFileSync(join(DIST, 'guides/posture-partenaire/index.html'), 'utf8'));
		const link = links.find((candidate) => candidate.id === 'signaux-faibles');
		expect(link?.text).toBe('signal faible');
		expect(link?.before).toMatch(/Restez dans les faits\s*: un $/);
	});

	it('links no term in pages that are not guides', () => {
		const others = htmlPages().filter((page) => !guides.includes(page.path));
		expect(others.filter((page) => page.html.includes('class="glossary-term"')).map((page) => page.path)).toEqual([]);
	});
});
