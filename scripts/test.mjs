#!/usr/bin/env node
/**
 * `npm test`: every check of the project, then one line `N passed, N failed` that totals them all
 * (each unit, fixture, dist and browser test, and each whole-project check such as lint or a build).
 *
 * Each site configuration is built once (the guide at the root, the company copy under a sub-path,
 * plain Starlight with the same pages for the weight budgets) and every later check reads those
 * builds. The builds run in the background while the checks that need none run, so that both
 * cores work; their output goes to test-results/<build>.log and is printed when a build fails.
 * A table of the time each stage took closes the run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const totals = { passed: 0, failed: 0 };
const failures = [];
/** Each stage's label, wall time and outcome, for the closing table. */
const stages = [];
const runStarted = performance.now();
const seconds = (ms) => (ms / 1000).toFixed(1);

function run(label, command, args) {
	console.log(`\n▶ ${label}`);
	const started = performance.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: ENV });
	const ok = result.status === 0;
	stages.push({ label, ms: performance.now() - started, ok });
	return ok;
}

function count(ok, label) {
	if (ok) totals.passed++;
	else {
		totals.failed++;
		failures.push(label);
	}
	return ok;
}

/** A check that is one test: it passes or fails as a whole. */
const check = (label, command, args) => count(run(label, command, args), label);

/** A test runner whose JSON report counts its own tests. */
function suite(label, command, args, report, tally) {
	const ok = run(label, command, args);
	if (!existsSync(report)) {
		count(false, `${label} (no report: the runner did not start)`);
		return;
	}
	const { passed, failed } = tally(JSON.parse(readFileSync(report, 'utf8')));
	totals.passed += passed;
	totals.failed += failed;
	if (!ok && failed === 0) count(false, `${label} (runner error)`);
	else if (failed > 0) failures.push(`${label} (${failed})`);
}

/** Starts a build in the background; its promise settles, counted, once the build ends. */
function background(label, args, log) {
	const started = performance.now();
	const child = spawn(process.execPath, args, { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve) => {
		child.on('close', (status) => {
			const ok = status === 0;
			writeFileSync(join(RESULTS, log), output);
			stages.push({ label: `${label} (in the background)`, ms: performance.now() - started, ok });
			resolve({ label, ok, output, log });
		});
	});
}

/** Waits for a background build and counts it; a failed one prints the end of its log. */
async function settle(build) {
	const { label, ok, output, log } = await build;
	console.log(`\n▶ ${label}: ${ok ? 'built' : 'FAILED'} (log: ${RESULTS}/${log})`);
	if (!ok) console.log(output.split('\n').slice(-60).join('\n'));
	return count(ok, label);
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

// Copies build in folders of their own: they start at once. The production build shares the
// project's `.astro/` with `astro check`, so it starts once the types are checked. All of them
// share the downloads' cache in node_modules/.cache/partenaire/downloads/, which is safe for
// builds running side by side (src/lib/downloads/cache.ts).
const companyBuild = background(
	'Build of a company copy (tests/fixtures/entreprise)',
	['scripts/build-entreprise.ts'],
	'build-entreprise.log',
);
const plainBuild = background(
	'Build of plain Starlight with the same pages',
	['scripts/build-plain-starlight.ts'],
	'build-starlight-seul.log',
);

check('Lint (eslint, prettier)', 'npm', ['run', '--silent', 'lint']);
check('Content rules (lint:content)', node, ['scripts/lint-content.ts']);
check('Types (astro check)', node, [astro, 'check']);
const productionBuild = background('Production build', [astro, 'build'], 'build.log');
suite('Unit tests', ...vitest('unit'), `${RESULTS}/unit.json`, vitestCount);
suite('Fixture builds', ...vitest('fixtures'), `${RESULTS}/fixtures.json`, vitestCount);

const built = await settle(productionBuild);
const plainBuilt = await settle(plainBuild);
const companyBuilt = await settle(companyBuild);
if (built && plainBuilt) suite('Checks on dist/', ...vitest('dist'), `${RESULTS}/dist.json`, vitestCount);
else count(false, 'Checks on dist/ (not run: a build they read failed)');
if (built && companyBuilt)
	suite('Browser tests (Chromium)', node, [playwrightBin, 'test'], `${RESULTS}/playwright.json`, playwrightCount);
else count(false, 'Browser tests (not run: a build they read failed)');

const overlap = join('..', 'shared', 'tools', 'source-overlap');
if (existsSync(overlap)) check('Prose against the source articles', 'python3', [overlap, '.']);
else console.log(`\n(${overlap} is absent outside the project's workspace: prose overlap not checked here.)`);

console.log('\nTime per stage (background builds overlap the stages beside them):');
for (const { label, ms, ok } of stages) console.log(`  ${seconds(ms).padStart(6)} s  ${ok ? 'ok  ' : 'FAIL'}  ${label}`);
console.log(`  ${seconds(performance.now() - runStarted).padStart(6)} s  in all`);
if (failures.length > 0) console.log(`\nFailed: ${failures.join(' · ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
