/**
 * The HTTP headers the guide needs from whatever server hosts it, written out for nginx, Apache
 * and static hosts that read a `_headers` file. One model, three syntaxes, so they cannot drift.
 */
import { NGINX_SNIPPET_IN_IMAGE } from './paths.ts';

export type Header = readonly [name: string, value: string];

export interface ServerOptions {
	/** The Content-Security-Policy for the header (with `frame-ancestors`). */
	csp: string;
	/** The site's base path, `/` or `/guide-assistants/`. */
	basePath: string;
	/** Ask search engines not to index the guide (intranets). */
	noindex: boolean;
}

/** Assets whose file names carry a hash of their content: safe to keep for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, the service worker, downloads): always revalidated, so updates show at once. */
export const REVALIDATE = 'no-cache';
/** The web app manifest's media type, which servers do not know by default (nginx sends octet-stream). */
export const MANIFEST_TYPE = 'application/manifest+json';
/**
 * What the server sends compressed: the pages, their styles and scripts, and the other text the
 * guide serves. No configuration shipped here compressed, so a phone loaded a guide's 90 kB of
 * HTML and its 54 kB stylesheet at full size (19 and 11 kB in gzip): on Lighthouse's simulated 4G
 * that transfer alone put the first paint at 1.7 s (issue 19). Pagefind's index files are already
 * gzip, and PDFs, Word files and images gain nothing: they are left out.
 */
export const COMPRESSED_TYPES = [
	'text/html',
	'text/css',
	'text/javascript',
	'application/javascript',
	'application/json',
	MANIFEST_TYPE,
	'image/svg+xml',
	'text/markdown',
	'text/plain',
	'application/xml',
] as const;

/** Vite's bundles and Pagefind's index fragments have hashed names; Pagefind's entry files do not. */
export const HASHED_EXTENSIONS = ['pf_fragment', 'pf_index', 'pf_meta'];

export function securityHeaders({ csp, noindex }: ServerOptions): Header[] {
	const headers: Header[] = [
		['Content-Security-Policy', csp],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'same-origin'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
		['X-Frame-Options', 'DENY'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
	];
	if (noindex) headers.push(['X-Robots-Tag', 'noindex, nofollow']);
	return headers;
}

const GENERATED =
	'Généré par le build (src/lib/deploy/server-config.ts) à partir de content/site.yaml : ne pas modifier, relancer le build.';

function nginxHeaders(headers: Header[], cacheControl: string, indent: string): string {
	return [...headers, ['Cache-Control', cacheControl] as const]
		.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
		.join('\n');
}

/**
 * A `location` block to include in an nginx `server { }` whose `root` holds the built files under
 * the base path (`<root>/guide-assistants/`), so the same file serves in Docker, on a VM and in
 * the tests. nginx drops inherited `add_header` lines in a block that declares its own, hence
 * the repetition.
 */
export function nginxSnippet(options: ServerOptions): string {
	const headers = securityHeaders(options);
	const base = options.basePath;
	return `# ${GENERATED}
# À inclure dans un bloc server { } dont la directive root désigne le dossier qui contient
# le site construit sous ${base} (par exemple root /usr/share/nginx/html; et le site dans
# /usr/share/nginx/html${base}).
location ^~ ${base} {
	index index.html;
	try_files $uri $uri/ =404;
	error_page 404 ${base}404.html;
	# Text goes out compressed (nginx always compresses text/html once gzip is on, and warns when
	# it is listed); the blocks below inherit these lines.
	gzip on;
	gzip_vary on;
	gzip_types ${COMPRESSED_TYPES.filter((type) => type !== 'text/html').join(' ')};
${nginxHeaders(headers, REVALIDATE, '\t')}

	# Server configuration files (.htaccess, _headers) and any dotfile stay private.
	location ~ (?:/\\.|/_headers$) {
		return 404;
	}
	# nginx's mime.types does not know the web app manifest; a types block here changes only this file.
	location ~ \\.webmanifest$ {
		types {
			${MANIFEST_TYPE} webmanifest;
		}
${nginxHeaders(headers, REVALIDATE, '\t\t')}
	}

	location ^~ ${base}_astro/ {
${nginxHeaders(headers, IMMUTABLE, '\t\t')}
	}
	location ~ \\.(${HASHED_EXTENSIONS.join('|')})$ {
${nginxHeaders(headers, IMMUTABLE, '\t\t')}
	}
}
`;
}

/** An `.htaccess` for Apache 2.4 with mod_headers, placed at the root of the built folder. */
export function apacheHtaccess(options: ServerOptions): string {
	const headers = securityHeaders(options);
	return `# ${GENERATED}
ErrorDocument 404 ${options.basePath}404.html
AddType ${MANIFEST_TYPE} .webmanifest
<IfModule mod_deflate.c>
	AddOutputFilterByType DEFLATE ${COMPRESSED_TYPES.join(' ')}
</IfModule>
# Server configuration files (.htaccess, _headers) and any dotfile stay private.
<FilesMatch "^(?:\\..*|_headers)$">
	Require all denied
</FilesMatch>
<IfModule mod_headers.c>
${headers.map(([name, value]) => `\tHeader always set ${name} "${value}"`).join('\n')}
	Header always set Cache-Control "${REVALIDATE}"
	<If "%{REQUEST_URI} =~ m#/_astro/# || %{REQUEST_URI} =~ m#\\.(${HASHED_EXTENSIONS.join('|')})$#">
		Header always set Cache-Control "${IMMUTABLE}"
	</If>
</IfModule>
`;
}

/** A `_headers` file for static hosts (Netlify, Cloudflare Pages) at the root of the built folder. */
export function staticHostHeaders(options: ServerOptions): string {
	const headers = securityHeaders(options);
	const base = options.basePath;
	// Netlify and Cloudflare Pages compress text themselves: no line asks for it.
	return `# ${GENERATED}
${base}*
${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}
${base}_astro/*
  Cache-Control: ${IMMUTABLE}
${HASHED_EXTENSIONS.map((ext) => `${base}pagefind/*.${ext}\n  Cache-Control: ${IMMUTABLE}`).join('\n')}
`;
}

/**
 * A whole `server { }` for the official nginx image (see the Dockerfile): the site under
 * `/usr/share/nginx/html<basePath>`, the snippet above included as is, and the server root sent
 * to the guide when the guide lives under a sub-path.
 */
export function nginxServer({ basePath }: Pick<ServerOptions, 'basePath'>): string {
	const redirect =
		basePath === '/'
			? ''
			: `\n\t# Le guide vit sous ${basePath} : la racine du serveur y renvoie.\n\tlocation = / {\n\t\treturn 302 ${basePath};\n\t}`;
	return `# ${GENERATED}
server {
	listen 80;
	server_name _;
	root /usr/share/nginx/html;
	include ${NGINX_SNIPPET_IN_IMAGE};${redirect}
}
`;
}
