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
import { createGzip } from 'node:zlib';
import sirv from 'sirv';
import { COMPRESSED_TYPES } from '../../src/lib/deploy/server-config.ts';

const COMPRESSED: ReadonlySet<string> = new Set(COMPRESSED_TYPES);

/**
 * Routes the body of a whole (status 200) text response through gzip when the client accepts it,
 * as nginx's `gzip on` does: sirv writes the headers, then pipes the file into `write` and `end`.
 */
function gzipWhenAccepted(request: IncomingMessage, response: ServerResponse): void {
	if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return;
	const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
	const write = response.write.bind(response);
	const end = response.end.bind(response);
	response.writeHead = ((status: number, ...rest: unknown[]) => {
		const headers = rest.find((part): part is Record<string, unknown> => typeof part === 'object' && part !== null);
		const type = String(headers?.['Content-Type'] ?? '').replace(/;.*$/, '');
		if (status !== 200 || request.method === 'HEAD' || !COMPRESSED.has(type)) return writeHead(status, ...rest);
		delete headers?.['Content-Length'];
		response.setHeader('content-encoding', 'gzip');
		response.setHeader('vary', 'Accept-Encoding');
		const gzip = createGzip();
		gzip.on('data', (chunk: Buffer) => write(chunk));
		gzip.on('end', () => end());
		// Always ready for more: the pipe then never waits for a drain that only gzip would emit.
		response.write = ((chunk: Buffer) => {
			gzip.write(chunk);
			return true;
		}) as ServerResponse['write'];
		response.end = ((chunk?: unknown) => {
			if (Buffer.isBuffer(chunk) || typeof chunk === 'string') gzip.end(chunk);
			else gzip.end();
			return response;
		}) as ServerResponse['end'];
		return writeHead(status, ...rest);
	}) as ServerResponse['writeHead'];
}

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
		gzipWhenAccepted(request, response);
		files(request, response);
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
