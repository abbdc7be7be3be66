/**
 * `npm run build:entreprise`: builds the guide as a fictitious company hosts it (see
 * scripts/lib/company-site.ts), for the browser tests served by nginx.
 */
import { join } from 'node:path';
import { buildCompanyCopy, COMPANY_DIR } from './lib/company-site.ts';

const build = buildCompanyCopy();
if (!build.ok) {
	console.error(build.output);
	process.exit(1);
}
console.log(`Company build ready in ${join(COMPANY_DIR, 'dist')} (${(build.ms / 1000).toFixed(1)} s)`);
