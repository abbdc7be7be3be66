import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, scriptHash, withCspMeta } from '../../src/lib/security/csp.ts';

describe('inline scripts', () => {
	it.each([
		// a classic inline script is found with its exact text
		['<script>a()</script>', ['a()']],
		// attributes do not hide it
		['<script type="module" data-x>b()</script>', ['b()']],
		// a script with src is not inline
		['<script src="/x.js"></script>', []],
		// JSON data blocks never run, so the policy need not allow them
		['<script type="application/ld+json">{}</script>', []],
		// several per page, in order
		['<script>1</script><p></p><script>\n2\n</script>', ['1', '\n2\n']],
	])('%s', (html, expected) => {
		expect(inlineScripts(html)).toEqual(expected);
	});

	it('hashes the exact text as CSP expects (sha256, base64)', () => {
		expect(scriptHash('a()')).toBe(`'sha256-${createHash('sha256').update('a()').digest('base64')}'`);
	});
});

describe('the policy', () => {
	const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-B'", "'sha256-A'", "'sha256-A'"], forHeader: false });

	it('never allows inline scripts by default, only hashes, once each and sorted', () => {
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-A' 'sha256-B';");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});

	it('keeps frame-ancestors for the header only: browsers ignore it in <meta>', () => {
		expect(policy).not.toContain('frame-ancestors');
		expect(contentSecurityPolicy({ scriptHashes: [], forHeader: true })).toContain("frame-ancestors 'none'");
	});

	it('goes first in <head>, right after the charset', () => {
		expect(withCspMeta('<html><head><meta charset="utf-8"/><script>x</script>', 'P')).toBe(
			'<html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="P"><script>x</script>',
		);
	});

	it('refuses to add a second policy', () => {
		expect(() => withCspMeta('<head><meta http-equiv="Content-Security-Policy" content="x">', 'P')).toThrow(/two policies/);
	});
});
