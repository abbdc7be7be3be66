/**
 * A static file server for a built site under its base path, reading files on every request so
 * a rebuild in place is served at once (as a company's web server would), with no HTTP caching
 * to hide it. Listens on a free port of 127.0.0.1.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml',
};

export interface StaticSite {
	/** The address of a path under the base path (`guides/x/` → `http://127.0.0.1:N/base/guides/x/`). */
	url(path?: string): string;
	close(): Promise<void>;
}

export async function serveStatic(dir: string, basePath: string): Promise<StaticSite> {
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const file = path.startsWith(basePath) ? resolveFile(dir, path.slice(basePath.length)) : undefined;
		const status = file ? 200 : 404;
		const served = file ?? join(dir, '404.html');
		response.writeHead(status, {
			'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
		});
		if (existsSync(served)) createReadStream(served).pipe(response);
		else response.end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: (path = '') => `http://127.0.0.1:${port}${basePath}${path}`,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				// Browsers keep connections alive: end them, or close() waits for them.
				server.closeAllConnections();
			}),
	};
}

function resolveFile(dir: string, relative: string): string | undefined {
	const path = normalize(join(dir, relative));
	if (!path.startsWith(dir)) return undefined;
	for (const candidate of [path, join(path, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}
