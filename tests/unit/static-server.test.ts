import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';

/** One raw request (no automatic decompression, unlike fetch): status, headers and body as sent. */
function request(url: string, headers: Record<string, string>) {
	return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
		get(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
			);
		}).on('error', reject);
	});
}

describe('the static server of the tests and benchmarks', () => {
	const page = `<!doctype html><title>Page</title><p>${'Un paragraphe de texte. '.repeat(400)}</p>`;
	const pdf = Buffer.from(`%PDF-1.7\n${'x'.repeat(2000)}`);
	let dir = '';
	let site: StaticSite;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'static-server-'));
		writeFileSync(join(dir, 'index.html'), page);
		writeFileSync(join(dir, 'fiche.pdf'), pdf);
		writeFileSync(join(dir, '404.html'), '<!doctype html><title>Introuvable</title>');
		site = await serveStatic(dir, '/guide/');
	});
	afterAll(async () => {
		await site.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('sends a page gzip to a browser that accepts it, as the shipped server configurations do', async () => {
		const response = await request(site.url(), { 'accept-encoding': 'gzip, deflate, br' });
		expect(response.status).toBe(200);
		expect(response.headers['content-encoding']).toBe('gzip');
		expect(response.headers['vary']).toBe('Accept-Encoding');
		expect(response.headers['content-length']).toBeUndefined();
		expect(gunzipSync(response.body).toString()).toBe(page);
		expect(response.body.length).toBeLessThan(page.length / 10);
	});

	it('sends the page as is to a client that does not accept gzip', async () => {
		const response = await request(site.url(), {});
		expect(response.headers['content-encoding']).toBeUndefined();
		expect(response.body.toString()).toBe(page);
	});

	it('leaves files that gain nothing, byte ranges and the 404 page uncompressed', async () => {
		const accept = { 'accept-encoding': 'gzip' };
		const file = await request(site.url('fiche.pdf'), accept);
		expect(file.headers['content-encoding']).toBeUndefined();
		expect(file.body.equals(pdf)).toBe(true);
		const range = await request(site.url(), { ...accept, range: 'bytes=0-14' });
		expect(range.status).toBe(206);
		expect(range.headers['content-encoding']).toBeUndefined();
		expect(range.body.toString()).toBe(page.slice(0, 15));
		const missing = await request(site.url('absente/'), accept);
		expect(missing.status).toBe(404);
		expect(missing.body.toString()).toContain('Introuvable');
	});
});
