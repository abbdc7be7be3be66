import { describe, expect, it } from 'vitest';
import {
	apacheHtaccess,
	COMPRESSED_TYPES,
	nginxSnippet,
	securityHeaders,
	staticHostHeaders,
} from '../../src/lib/deploy/server-config.ts';

const options = { csp: "default-src 'self'", basePath: '/guide-assistants/', noindex: true };

describe('server configuration', () => {
	it('sends the security headers, and noindex only when asked', () => {
		const names = securityHeaders(options).map(([name]) => name);
		expect(names).toEqual([
			'Content-Security-Policy',
			'X-Content-Type-Options',
			'Referrer-Policy',
			'Permissions-Policy',
			'X-Frame-Options',
			'Cross-Origin-Opener-Policy',
			'X-Robots-Tag',
		]);
		expect(securityHeaders({ ...options, noindex: false }).map(([name]) => name)).not.toContain('X-Robots-Tag');
	});

	it('writes an nginx location for the base path, with the French 404 and headers in every block', () => {
		const conf = nginxSnippet(options);
		expect(conf).toContain('location ^~ /guide-assistants/ {');
		expect(conf).toContain('error_page 404 /guide-assistants/404.html;');
		expect(conf).toContain('location ^~ /guide-assistants/_astro/ {');
		// nginx forgets inherited add_header in a block with its own: each block repeats them all
		expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(4);
		expect(conf.match(/Cache-Control "public, max-age=31536000, immutable"/g)).toHaveLength(2);
		expect(conf).toContain('add_header Cache-Control "no-cache" always;');
	});

	it('writes the same headers for Apache and static hosts', () => {
		for (const text of [apacheHtaccess(options), staticHostHeaders(options)]) {
			for (const [name] of securityHeaders(options)) expect(text).toContain(name);
		}
		expect(apacheHtaccess(options)).toContain('ErrorDocument 404 /guide-assistants/404.html');
		expect(staticHostHeaders(options)).toContain(
			'/guide-assistants/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
		);
	});

	it('keeps dotfiles and _headers private and types the web app manifest, for nginx and Apache', () => {
		const conf = nginxSnippet(options);
		expect(conf).toContain('location ~ (?:/\\.|/_headers$) {\n\t\treturn 404;');
		expect(conf).toMatch(/location ~ \\\.webmanifest\$ \{\n\t\ttypes \{\n\t\t\tapplication\/manifest\+json webmanifest;/);
		const htaccess = apacheHtaccess(options);
		expect(htaccess).toContain('AddType application/manifest+json .webmanifest');
		expect(htaccess).toContain('<FilesMatch "^(?:\\..*|_headers)$">\n\tRequire all denied');
	});

	it('sends text compressed, for nginx and Apache, and leaves the already compressed files alone', () => {
		const conf = nginxSnippet(options);
		expect(conf).toContain('\tgzip on;\n\tgzip_vary on;\n');
		const nginxTypes = /gzip_types ([^;]+);/.exec(conf)?.[1]?.split(' ');
		// nginx compresses text/html whenever gzip is on, and warns when the list repeats it.
		expect(nginxTypes).toEqual(COMPRESSED_TYPES.filter((type) => type !== 'text/html'));
		expect(nginxTypes).toEqual(expect.arrayContaining(['text/css', 'text/javascript', 'application/manifest+json']));
		// One gzip block, in the base path's location: the nested blocks inherit it.
		expect(conf.match(/gzip on;/g)).toHaveLength(1);
		expect(apacheHtaccess(options)).toContain(
			`<IfModule mod_deflate.c>\n\tAddOutputFilterByType DEFLATE ${COMPRESSED_TYPES.join(' ')}\n</IfModule>`,
		);
		expect(COMPRESSED_TYPES).toContain('text/html');
		expect(COMPRESSED_TYPES).not.toContain('application/pdf');
	});
});
