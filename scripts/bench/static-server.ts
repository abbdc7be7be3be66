/** Serves a built site on 127.0.0.1 for the measurements: files as they are, no compression. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

function fileFor(root: string, url: string): string | undefined {
	const path = normalize(decodeURIComponent(new URL(url, 'http://localhost').pathname));
	const file = join(root, path);
	if (!file.startsWith(root)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

export function serve(root: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const file = fileFor(root, request.url ?? '/');
		const found = file ?? join(root, '404.html');
		response.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream' });
		createReadStream(found).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
