/**
 * The one static server of the tests and benchmarks: a built site under its base path, served by
 * sirv on 127.0.0.1. Files are read on every request (`dev`), so a rebuild in place is served at
 * once, as a company's web server would, with no HTTP caching to hide it. Text is sent gzip, as
 * the server configurations the build writes send it (`COMPRESSED_TYPES`): a measure of the pages
 * over an uncompressed server weighed bytes no reader receives. Unknown addresses get the site's
 * own 404 page with status 404.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { COMPRESSED_TYPES } from '../../src/lib/deploy/server-config.ts';

const COMPRESSED: ReadonlySet<string> = new Set(COMPRESSED_TYPES);

/**
 * Whole (status 200) text responses go out gzip when the client accepts it, as nginx's `gzip on`
 * sends them; byte ranges and the 404 page as they are. `compression` is Express's middleware and
 * works on Node's own requests and responses; its types name Express's.
 */
const gzipText = compression({
	threshold: 0,
	filter: (_request, response) =>
		response.statusCode === 200 && COMPRESSED.has(String(response.getHeader('content-type') ?? '').replace(/;.*$/, '')),
}) as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

export interface StaticSite {
	/** The address of a path under the base path (`guides/x/` → `http://127.0.0.1:N/base/guides/x/`). */
	url(path?: string): string;
	close(): Promise<void>;
}

/** Serves `dir` at `basePath` on `port` (default: any free port). */
export async function serveStatic(dir: string, basePath = '/', port = 0): Promise<StaticSite> {
	const notFound = (response: import('node:http').ServerResponse) => {
		const page = join(dir, '404.html');
		response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
		if (existsSync(page)) createReadStream(page).pipe(response);
		else response.end();
	};
	const files = sirv(dir, {
		dev: true,
		setHeaders: (response) => response.setHeader('cache-control', 'no-cache'),
		onNoMatch: (_request, response) => notFound(response),
	});
	const server: Server = createServer((request, response) => {
		const url = request.url ?? '/';
		if (!url.startsWith(basePath)) return notFound(response);
		request.url = `/${url.slice(basePath.length)}`;
		// The shipped configurations send gzip, never Brotli, which `compression` would prefer.
		const accepted = request.headers['accept-encoding'];
		if (accepted) request.headers['accept-encoding'] = String(accepted).replace(/\bbr\b/g, '');
		gzipText(request, response, () => files(request, response));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const { port: bound } = server.address() as AddressInfo;
	return {
		url: (path = '') => `http://127.0.0.1:${bound}${basePath}${path}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				// Browsers keep connections alive: end them, or close() waits for them.
				server.closeAllConnections();
			}),
	};
}
