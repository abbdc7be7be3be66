#!/usr/bin/env node
/**
 * `npm test`: every check of the project, in the order a failure is cheapest to read, then one
 * line `N passed, N failed` that totals them all (each unit, fixture, dist and browser test, and
 * each whole-project check such as lint or the build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageFile } from './package-bin.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
	console.error(
		`Node ${process.versions.node} is too old: this project needs 22.18 or newer (Astro 7 needs 22.12, and the scripts run TypeScript with Node's type stripping; see .nvmrc). With nvm: \`nvm install && nvm use\`.`,
	);
	console.log('\n0 passed, 1 failed');
	process.exit(1);
}

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const totals = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
	return result.status === 0;
}

/** A check that is one test: it passes or fails as a whole. */
function check(label, command, args, env) {
	const ok = run(label, command, args, env);
	if (ok) totals.passed++;
	else {
		totals.failed++;
		failures.push(label);
	}
	return ok;
}

/** A test runner whose JSON report counts its own tests. */
function suite(label, command, args, report, count) {
	const ok = run(label, command, args);
	if (!existsSync(report)) {
		totals.failed++;
		failures.push(`${label} (no report: the runner did not start)`);
		return;
	}
	const { passed, failed } = count(JSON.parse(readFileSync(report, 'utf8')));
	totals.passed += passed;
	totals.failed += failed;
	if (!ok && failed === 0) {
		totals.failed++;
		failures.push(`${label} (runner error)`);
	} else if (failed > 0) failures.push(`${label} (${failed})`);
}

const vitestCount = (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests });
const playwrightCount = (report) => ({
	passed: report.stats.expected + report.stats.flaky,
	failed: report.stats.unexpected,
});
const node = process.execPath;
const astro = packageFile('astro', 'bin/astro.mjs');
const vitestBin = packageFile('vitest', 'vitest.mjs');
const playwrightBin = packageFile('@playwright/test', 'cli.js');

check('Lint (eslint, prettier)', 'npm', ['run', '--silent', 'lint']);
check('Content rules (lint:content)', node, ['scripts/lint-content.ts']);
check('Types (astro check)', node, [astro, 'check']);
const vitest = (project) => [
	node,
	[
		vitestBin,
		'run',
		'--project',
		project,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${RESULTS}/${project}.json`,
	],
];
suite('Unit tests', ...vitest('unit'), `${RESULTS}/unit.json`, vitestCount);
suite('Fixture builds', ...vitest('fixtures'), `${RESULTS}/fixtures.json`, vitestCount);
const built = check('Production build', node, [astro, 'build']);
if (built) suite('Checks on dist/', ...vitest('dist'), `${RESULTS}/dist.json`, vitestCount);
// The same guide as a fictitious company hosts it, for the browser tests served by nginx.
const companyBuilt = check('Build of a company copy (tests/fixtures/entreprise)', node, ['scripts/build-entreprise.ts']);
if (built && companyBuilt)
	suite('Browser tests (Chromium)', node, [playwrightBin, 'test'], `${RESULTS}/playwright.json`, playwrightCount);
const overlap = join('..', 'shared', 'tools', 'source-overlap');
if (existsSync(overlap)) check('Prose against the source articles', 'python3', [overlap, '.']);
else console.log(`\n(${overlap} is absent outside the project's workspace: prose overlap not checked here.)`);

if (failures.length > 0) console.log(`\nFailed: ${failures.join(' · ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
