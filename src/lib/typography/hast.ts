/**
 * Where French typography applies in an HTML tree: prose text, never code, keyboard input,
 * scripts, styles or attribute values (URLs live in attributes and are never touched).
 */

/** Elements whose text is literal and must reach the reader exactly as typed. */
export const LITERAL_ELEMENTS = new Set([
	'code',
	'pre',
	'kbd',
	'samp',
	'var',
	'script',
	'style',
	'textarea',
	'svg',
	'math',
	'template',
]);

/**
 * Inline elements continue the sentence around them: a quote inside `<em>` pairs with one
 * outside it. Any other element starts a new block, where quote context starts afresh.
 */
export const INLINE_ELEMENTS = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'label',
	'mark',
	'q',
	's',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
]);
