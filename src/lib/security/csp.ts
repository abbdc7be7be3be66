/**
 * The Content-Security-Policy of the built site: scripts only from the site itself or with the
 * hash of their exact text, never `'unsafe-inline'`. Astro's own CSP support does not hash
 * Starlight's `is:inline` scripts, so the policy is computed from the built pages instead.
 */
import { createHash } from 'node:crypto';

/**
 * The built HTML read as tokens: a comment, a `<script>` element (attributes, then its text up to
 * `</script>`, as browsers read it), or any other tag whole, quoted attributes included. A tag is
 * consumed whole so that `<script>` inside an attribute value (Expressive Code's copy button
 * carries the code it copies) or a comment is never taken for a script.
 */
const HTML_TOKEN =
	/<!--[\s\S]*?-->|<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>|<[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
/** Script types that browsers do not execute (data blocks), which the policy need not allow. */
const DATA_BLOCK = /\btype=["']?(?:application\/(?:ld\+)?json|importmap|text\/template)/i;

export function inlineScripts(html: string): string[] {
	return [...html.matchAll(HTML_TOKEN)]
		.filter(([token, attributes]) => token.startsWith('<script') && attributes !== undefined)
		.filter(([, attributes = '']) => !SRC_ATTRIBUTE.test(attributes) && !DATA_BLOCK.test(attributes))
		.map(([, , body = '']) => body);
}

/**
 * A page's inline scripts with their hashes; `known` keeps each distinct text's hash, so that the
 * scripts every page carries are hashed once for the whole site.
 */
export function hashedInlineScripts(html: string, known = new Map<string, string>()): { text: string; hash: string }[] {
	return inlineScripts(html).map((text) => {
		const hash = known.get(text) ?? scriptHash(text);
		known.set(text, hash);
		return { text, hash };
	});
}

/** The CSP source expression that allows exactly this script text. */
export function scriptHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyOptions {
	/** Hash sources of the inline scripts allowed: the site's for a header, the page's own for a <meta>. */
	scriptHashes: Iterable<string>;
	/** Directives that only work as an HTTP header (`frame-ancestors`), left out of `<meta>`. */
	forHeader: boolean;
}

export function contentSecurityPolicy({ scriptHashes, forHeader }: PolicyOptions): string {
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		// Pagefind compiles its WebAssembly search engine: that is what 'wasm-unsafe-eval' allows, and nothing else.
		['script-src', "'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort()],
		// Starlight and Expressive Code set layout with style attributes; styles cannot run code.
		['style-src', "'self'", "'unsafe-inline'"],
		['img-src', "'self'", 'data:'],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['worker-src', "'self'"],
		['manifest-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
	if (forHeader) directives.push(['frame-ancestors', "'none'"]);
	return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Puts the policy first in `<head>`, before any script can run. */
export function withCspMeta(html: string, policy: string): string {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
	if (html.includes('http-equiv="Content-Security-Policy"')) {
		throw new Error('This page already has a Content-Security-Policy <meta>: two policies would both apply.');
	}
	return html.replace(/<head>(\s*<meta charset="[^"]*"\s*\/?>)?/i, (head) => `${head}${meta}`);
}
