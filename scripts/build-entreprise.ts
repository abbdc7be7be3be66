/**
 * Builds the guide as a fictitious company hosts it (tests/fixtures/entreprise: its name, logo,
 * colour, base path, a hidden guide and two local pages) for the browser tests served by nginx.
 */
import { buildFixture } from '../tests/helpers/build-fixture.ts';

const build = buildFixture('entreprise', { over: 'project' });
if (!build.ok) {
	console.error(build.output);
	process.exit(1);
}
console.log(`Company build ready in ${build.dist}`);
