import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	contentSecurityPolicy,
	hashedInlineScripts,
	inlineScripts,
	scriptHash,
	withCspMeta,
} from '../../src/lib/security/csp.ts';
import { companyScripts, componentInlineScripts, refusedScripts } from '../../src/lib/security/code-scripts.ts';

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
		// code shown on a page, carried by an attribute (a copy button) or a comment, is not a script
		[
			'<button data-code="<script>{`x`}</script>" title=\'<script>y</script>\'></button><!-- <script>z</script> --><script>a()</script>',
			['a()'],
		],
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

describe('the scripts the code writes', () => {
	const ROOT = join(import.meta.dirname, '../..');
	const allowed = componentInlineScripts(ROOT);
	const planted = `document.title = "piégé"; fetch("/?" + document.cookie)`;

	it('knows the is:inline scripts of Starlight’s components, exactly as written', () => {
		const source = readFileSync(join(ROOT, 'node_modules/@astrojs/starlight/dist/components/ThemeProvider.astro'), 'utf8');
		const [, body = ''] = /<script is:inline>([\s\S]*?)<\/script>/.exec(source) ?? [];
		expect(body.length).toBeGreaterThan(100);
		expect(allowed.get(scriptHash(body))).toBe('node_modules/@astrojs/starlight/dist/components/ThemeProvider.astro');
	});

	it('refuses a script a content page planted, naming the page and its source file', () => {
		const html = `<html><head><script>${planted}</script></head><body></body></html>`;
		expect(refusedScripts(ROOT, 'guides/posture-partenaire/index.html', hashedInlineScripts(html), allowed)).toEqual([
			'content/docs/guides/posture-partenaire.mdx (dist/guides/posture-partenaire/index.html) : script « document.title = "piégé"; fetch("/?" + document.cookie) » écrit par aucun composant du site.',
		]);
	});

	it('lets the code’s own scripts through, and data blocks that never run', () => {
		// One of the allowed scripts, read back from the component that writes it.
		const text = [...allowed.entries()]
			.flatMap(([hash, file]) =>
				[...readFileSync(join(ROOT, file), 'utf8').matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)]
					.map(([, body = '']) => body)
					.filter((body) => scriptHash(body) === hash),
			)
			.at(0);
		expect(text, 'no allowed script could be read back from its component').toBeDefined();
		expect(
			refusedScripts(
				ROOT,
				'index.html',
				hashedInlineScripts(`<script>${text}</script><script type="application/json">{}</script>`),
				allowed,
			),
		).toEqual([]);
	});

	it('takes a company’s scripts from entreprise/scripts/ only, one file each', () => {
		const root = mkdtempSync(join(tmpdir(), 'scripts-'));
		mkdirSync(join(root, 'entreprise/scripts'), { recursive: true });
		writeFileSync(join(root, 'entreprise/scripts/mesure.js'), 'window.mesure = 1;\n');
		writeFileSync(join(root, 'entreprise/scripts/notes.txt'), 'pas un script');
		expect(companyScripts(root)).toEqual([{ file: 'entreprise/scripts/mesure.js', text: 'window.mesure = 1;\n' }]);
	});
});
