/** Every built page is valid HTML. Exceptions that come from Starlight itself are listed with their reason. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro serialises Starlight's <meta> and <link> with a trailing slash and ours without;
		// both are valid HTML, the rule only enforces one house style.
		'void-style': 'off',
		// Heading ids come from numbered headings (« 1. Outils… » gives `1-outils…`): valid HTML5 ids,
		// which the relaxed mode checks; the strict mode also wants a leading letter.
		'valid-id': ['error', { relaxed: true }],
		// A display heuristic of search engines, not validity: our French titles stay whole.
		'long-title': 'off',
		// Checkboxes sharing a name are how a multi-valued field is sent (?type=guide&type=template),
		// as the search facets do; the rule's default only allows it for radios and buttons.
		'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
	},
});

/** Markup that Starlight renders and we do not override: each with its reason. */
const STARLIGHT_EXCEPTIONS: { rule: string; selector: RegExp; reason: string }[] = [
	{
		rule: 'no-implicit-button-type',
		selector: /nav > button$/,
		reason: 'Starlight’s menu button sits outside any form, so it cannot submit anything.',
	},
	{
		rule: 'element-permitted-content',
		selector: /figure > pre > code > div$|figure > div > button > div$/,
		reason:
			'Expressive Code, Starlight’s code blocks, wraps each line in a <div> inside <code> and the copy icon in a <div>; browsers and screen readers handle it.',
	},
	{
		rule: 'no-implicit-button-type',
		selector: /figure > div > button$/,
		reason: 'Expressive Code’s copy button sits outside any form.',
	},
	{
		rule: 'text-content',
		selector: /figure > div > button$/,
		reason:
			'Expressive Code’s copy button is named by its title attribute (« Copier dans le presse-papiers »), which axe accepts and html-validate does not count.',
	},
	{
		rule: 'unique-landmark',
		selector: /starlight-toc > nav$|^html > body > div > div > div > aside$/,
		reason: 'Starlight renders the table of contents twice (desktop and mobile, one hidden by CSS) under the same name.',
	},
];

/** The exceptions that excused at least one message: one that excuses none is stale. */
const used = new Set<(typeof STARLIGHT_EXCEPTIONS)[number]>();

describe('HTML validity', () => {
	for (const { path, html } of htmlPages()) {
		it(path, async () => {
			const report = await validator.validateString(html, path);
			const messages = report.results
				.flatMap((result) => result.messages)
				.filter((m) => {
					const selector = (m.selector ?? '').replace(/:nth-child\(\d+\)/g, '');
					const excuse = STARLIGHT_EXCEPTIONS.find(({ rule, selector: pattern }) => rule === m.ruleId && pattern.test(selector));
					if (excuse) used.add(excuse);
					return !excuse;
				})
				.map((m) => `${m.ruleId} l.${m.line}: ${m.message} (${m.selector ?? ''})`);
			expect(messages).toEqual([]);
		});
	}

	// Runs after every page: vitest keeps the order of a file's tests.
	it('needs every exception it lists', () => {
		expect(
			STARLIGHT_EXCEPTIONS.filter((exception) => !used.has(exception)).map(({ rule, reason }) => `${rule}: ${reason}`),
		).toEqual([]);
	});
});
