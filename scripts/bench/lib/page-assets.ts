/**
 * The JavaScript and CSS that a built page makes the browser load on first view, read from the
 * files in `dist/`: its stylesheets, its scripts and the modules they import statically, and its
 * inline scripts. Dynamic `import()` is left out: that code loads later, on demand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
	/** Site path of the file, or `inline` for a script written into the page. */
	path: string;
	raw: number;
	gzip: number;
}

export interface PageAssets {
	js: Asset[];
	css: Asset[];
}

const gzip = (text: Buffer | string) => gzipSync(text, { level: 6 }).length;

function measure(path: string, body: Buffer | string): Asset {
	return { path, raw: Buffer.byteLength(body), gzip: gzip(body) };
}

/** Paths of the modules a script imports statically (`import "./x.js"`, `from "./x.js"`). */
export function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.m?js)["']/g)].map((match) => match[1] as string);
}

export function pageAssets(html: string, dist: string, base = '/'): PageAssets {
	const fileOf = (path: string) => join(dist, path.startsWith(base) ? path.slice(base.length) : path);
	const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
		.map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1])
		.filter((href): href is string => Boolean(href))
		.map((href) => measure(href, readFileSync(fileOf(href))));
	const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => measure('inline', match[1] ?? ''));

	const seen = new Set<string>();
	const js: Asset[] = [];
	const follow = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		const file = fileOf(path);
		if (!existsSync(file)) return;
		const code = readFileSync(file);
		js.push(measure(path, code));
		for (const imported of staticImports(code.toString('utf8'))) follow(posix.join(posix.dirname(path), imported));
	};
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const [, attributes = '', body = ''] = match;
		if (/\btype="application\/(?:ld\+)?json"/.test(attributes)) continue;
		const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
		if (src) follow(src);
		else {
			js.push(measure('inline', body));
			for (const imported of staticImports(body)) follow(imported.startsWith('/') ? imported : posix.join('/', imported));
		}
	}
	return { js, css: [...css, ...inlineStyles] };
}

export const total = (assets: Asset[], key: 'raw' | 'gzip') => assets.reduce((sum, asset) => sum + asset[key], 0);

/**
 * Gzip bytes of a first view of the page, counting what it runs on load: its HTML, which carries
 * the inline scripts and styles, plus the stylesheets and scripts (and their static imports) it
 * fetches. Inline code is counted once, inside the HTML, as the browser receives it.
 */
export function firstViewGzip(html: string, dist: string, base = '/'): number {
	const { js, css } = pageAssets(html, dist, base);
	const fetched = (assets: Asset[]) =>
		total(
			assets.filter((asset) => asset.path !== 'inline'),
			'gzip',
		);
	return gzip(html) + fetched(css) + fetched(js);
}
