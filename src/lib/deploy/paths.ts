/** Where the build writes the server configuration, relative to the project: one name for the build, the Dockerfile, the package and the tests. */
export const NGINX_SNIPPET = 'deploy/nginx/partenaire.conf';
export const NGINX_SERVER = 'deploy/nginx/server.conf';
/** Where the official nginx image reads them (see the Dockerfile). */
export const NGINX_SNIPPET_IN_IMAGE = '/etc/nginx/partenaire.conf';
