import { describe, expect, it } from 'vitest';
import { growthFactor, growthVerdict, marginalCosts } from '../../scripts/bench/lib/growth.ts';
import { markdownTable, median, parseBenchOptions, ratio, replaceSection, subsection } from '../../scripts/bench/lib/report.ts';
import { downloadsStep, routeTimes, stepTime, timeOutput } from '../../scripts/bench/lib/build-log.ts';
import { downloadsLine } from '../../src/lib/downloads/run-line.ts';
import { addResource, emptyTotals, resourceKind } from '../../scripts/bench/lib/resources.ts';

describe('growth with the number of pages', () => {
	it('is linear when each added page costs the same, whatever the fixed start-up cost', () => {
		const samples = [100, 500, 2000].map((pages) => ({ pages, value: 20_000 + 10 * pages }));
		expect(marginalCosts(samples).map((step) => step.perPage)).toEqual([10, 10]);
		expect(growthFactor(samples)).toBe(1);
		expect(growthVerdict(growthFactor(samples))).toBe('linear (×1.00)');
	});

	it('is faster than linear when pages get dearer as the site grows', () => {
		const samples = [100, 500, 2000].map((pages) => ({ pages, value: pages * pages }));
		expect(growthVerdict(growthFactor(samples))).toBe('faster than linear (×4.17)');
	});

	it('cannot be told from two sizes', () => {
		expect(
			growthVerdict(
				growthFactor([
					{ pages: 1, value: 1 },
					{ pages: 2, value: 2 },
				]),
			),
		).toBe('n/a');
	});
});

describe('build output', () => {
	const log = [
		'12:02:50   ├─ /guides/a/index.html (+38ms) ',
		'12:02:50   ├─ /checklists/a.pdf (+1.5s) ',
		'12:02:50   └─ /checklists/b.pdf (+20ms) ',
		'12:02:50   ├─ /checklists/a.md (+2ms) ',
		'12:02:52 [starlight:pagefind] Finished building search index in 1.26s.',
		'12:02:52 [partenaire:security-headers] 52 pages, 3 inline scripts hashed, server snippets written in 85 ms',
		'BENCH_TIME 35.56 785468 40.10 2.40',
	].join('\n');

	it('sums the time of each kind of route', () => {
		expect(routeTimes(log)).toEqual({ byKind: { html: 38, pdf: 1520, md: 2 }, counts: { html: 1, pdf: 2, md: 1 } });
	});

	it('reads the time of the steps that log it', () => {
		expect(stepTime(log, 'Finished building search index')).toBe(1260);
		expect(stepTime(log, 'inline scripts hashed')).toBe(85);
		expect(stepTime(log, 'service-worker')).toBeUndefined();
	});

	it('reads back what the downloads step printed', () => {
		const figures = {
			total: 77,
			rendered: 3,
			workers: 2,
			reused: 74,
			cacheDir: '/p/node_modules/.cache/partenaire/downloads',
			ms: 812,
		};
		const output = `${log}\n\u001b[2m12:02:53\u001b[22m [partenaire:downloads] ${downloadsLine(figures)}\n`;
		expect(downloadsStep(output)).toEqual(figures);
		expect(downloadsStep(log)).toBeUndefined();
	});

	it('reads wall time, peak memory and CPU time from GNU time', () => {
		expect(timeOutput(log)).toEqual({ wallSeconds: 35.56, peakKilobytes: 785468, cpuSeconds: 42.5 });
	});
});

describe('loaded resources', () => {
	it.each([
		['document', '', '/', 'html'],
		['stylesheet', 'text/css', '/a.css', 'css'],
		['script', 'text/javascript', '/a.js', 'js'],
		['fetch', 'text/javascript', '/pagefind/pagefind.js', 'js'],
		['fetch', 'application/octet-stream', '/pagefind/index/en_1.pf_index', 'other'],
	])('a %s of type "%s" at %s counts as %s', (type, contentType, url, kind) => {
		expect(resourceKind({ type, contentType, url })).toBe(kind);
	});

	it('adds raw and gzip sizes', () => {
		const totals = addResource(emptyTotals(), {
			url: '/a.js',
			type: 'script',
			contentType: '',
			body: Buffer.from('a'.repeat(1000)),
		});
		expect(totals.js.raw).toBe(1000);
		expect(totals.js.gzip).toBeLessThan(40);
		expect(totals.js.count).toBe(1);
	});
});

describe('report', () => {
	it('writes a Markdown table', () => {
		expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
	});

	it('gives ratios and medians', () => {
		expect(ratio(115, 100)).toBe('×1.15');
		expect(ratio(1, 0)).toBe('n/a');
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
	});

	it('replaces its own section of BENCHMARKS.md and keeps the others', () => {
		const document = '# Benchmarks\n\n## Recherche\n\nA.\n\n## Performance\n\nOld.\n\n### Sub\n\nOld too.\n\n## Autre\n\nB.\n';
		expect(replaceSection(document, 'Performance', '## Performance\n\nNew.\n')).toBe(
			'# Benchmarks\n\n## Recherche\n\nA.\n\n## Performance\n\nNew.\n\n## Autre\n\nB.\n',
		);
	});

	it('adds its section to a file without it, or starts the file', () => {
		expect(replaceSection('# Benchmarks\n\n## Recherche\n\nA.\n', 'Performance', '## Performance\n\nNew.')).toBe(
			'# Benchmarks\n\n## Recherche\n\nA.\n\n## Performance\n\nNew.\n',
		);
		expect(replaceSection('', 'Performance', '## Performance\n\nNew.')).toBe('# Benchmarks\n\n## Performance\n\nNew.\n');
	});
});

describe('options of npm run bench', () => {
	it.each([
		[[], { sizes: [100, 500, 2000], lighthouse: true, builds: true }],
		[['--sizes', '100,500'], { sizes: [100, 500], lighthouse: true, builds: true }],
		[['--sizes=50', '--skip-lighthouse'], { sizes: [50], lighthouse: false, builds: true }],
		[['--skip-builds'], { sizes: [100, 500, 2000], lighthouse: true, builds: false }],
	])('%j', (argv, expected) => {
		expect(parseBenchOptions(argv)).toEqual(expected);
	});

	it.each([
		[['--sizes', 'cent'], '--sizes takes page counts separated by commas, such as --sizes 100,500; got "cent".'],
		[['--vite'], 'Unknown option --vite: npm run bench [-- --sizes 100,500] [--skip-lighthouse] [--skip-builds]'],
	])('refuses %j', (argv, message) => {
		expect(() => parseBenchOptions(argv)).toThrow(message);
	});
});

describe('subsections kept from an earlier run', () => {
	const document = [
		'# Mesures',
		'## Recherche',
		'### Lighthouse elsewhere',
		'not this one',
		'## Performance',
		'### Build',
		'| a |',
		'### Lighthouse (median of three)',
		'| site | score |',
		'| ours | 100 |',
		'## Téléchargements',
		'| b |',
	].join('\n');

	it('finds the subsection in its section, up to the next heading', () => {
		expect(subsection(document, 'Performance', 'Lighthouse')).toBe(
			'### Lighthouse (median of three)\n| site | score |\n| ours | 100 |',
		);
	});

	it('is undefined when the section or the subsection is missing', () => {
		expect(subsection(document, 'Performance', 'Pagefind')).toBeUndefined();
		expect(subsection(document, 'Absente', 'Lighthouse')).toBeUndefined();
	});
});
