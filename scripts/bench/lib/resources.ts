/** Sums of the resources a page loaded, by kind, raw and as gzip would send them. */
import { gzipSync } from 'node:zlib';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface LoadedResource {
	url: string;
	/** Playwright's resource type: document, stylesheet, script, fetch… */
	type: string;
	/** The response's content type. */
	contentType: string;
	body: Buffer;
}

export interface KindTotals {
	raw: number;
	gzip: number;
	count: number;
}

export type Totals = Record<ResourceKind, KindTotals>;

export function resourceKind({ type, contentType, url }: Pick<LoadedResource, 'type' | 'contentType' | 'url'>): ResourceKind {
	if (type === 'document' || contentType.includes('text/html')) return 'html';
	if (type === 'stylesheet' || contentType.includes('text/css')) return 'css';
	if (type === 'script' || contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
	return 'other';
}

export function emptyTotals(): Totals {
	const zero = () => ({ raw: 0, gzip: 0, count: 0 });
	return { html: zero(), css: zero(), js: zero(), other: zero() };
}

/** Gzip at level 6, the default of nginx and most servers. */
export function gzipSize(body: Buffer): number {
	return gzipSync(body, { level: 6 }).length;
}

export function addResource(totals: Totals, resource: LoadedResource): Totals {
	const kind = resourceKind(resource);
	totals[kind].raw += resource.body.length;
	totals[kind].gzip += gzipSize(resource.body);
	totals[kind].count += 1;
	return totals;
}
