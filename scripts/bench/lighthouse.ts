/**
 * Lighthouse on Debian's Chromium, mobile and desktop: the four category scores and the paint,
 * blocking and layout-shift metrics, median of three runs (a shared 2-core machine is noisy).
 */
import { median } from './lib/report.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';
import { benchImport } from '../lib/bench-package.ts';

/**
 * The part of Lighthouse's and chrome-launcher's API used here, typed locally: they are installed
 * by the bench on first use (package.json `benchDependencies`), so their own types may be absent
 * when `astro check` runs.
 */
interface LighthouseResult {
	lhr: {
		categories: Record<string, { score: number | null } | undefined>;
		audits: Record<string, { numericValue?: number } | undefined>;
	};
}
type Lighthouse = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
	launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
}

/** Loaded when a Lighthouse figure is first asked for, so `--skip-lighthouse` never installs it. */
async function loadLighthouse() {
	const { default: run } = await benchImport<{ default: Lighthouse }>('lighthouse');
	const { default: desktopConfig } = await benchImport<{ default: unknown }>(
		'lighthouse',
		'lighthouse/core/config/desktop-config.js',
	);
	// chrome-launcher comes with Lighthouse.
	const launcher = await benchImport<ChromeLauncher>('lighthouse', 'chrome-launcher');
	return { run, desktopConfig, launcher };
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
} as const;

export type FormFactor = 'mobile' | 'desktop';
export interface LighthouseFigures {
	scores: Record<(typeof CATEGORIES)[number], number>;
	metrics: Record<keyof typeof METRICS, number>;
}

async function runOnce(
	{ run, desktopConfig }: Awaited<ReturnType<typeof loadLighthouse>>,
	url: string,
	port: number,
	formFactor: FormFactor,
): Promise<LighthouseFigures> {
	const result = await run(
		url,
		{ port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
		formFactor === 'desktop' ? desktopConfig : undefined,
	);
	if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
	const { categories, audits } = result.lhr;
	const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
	const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, audits[id]?.numericValue ?? Number.NaN]));
	return { scores, metrics } as LighthouseFigures;
}

export async function lighthouseMedian(url: string, formFactor: FormFactor, runs = 3): Promise<LighthouseFigures> {
	const tools = await loadLighthouse();
	const chrome = await tools.launcher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
	try {
		const results: LighthouseFigures[] = [];
		for (let run = 0; run < runs; run++) results.push(await runOnce(tools, url, chrome.port, formFactor));
		const pick = <T extends 'scores' | 'metrics'>(group: T, key: keyof LighthouseFigures[T]) =>
			median(results.map((result) => result[group][key] as number));
		return {
			scores: Object.fromEntries(CATEGORIES.map((id) => [id, pick('scores', id)])) as LighthouseFigures['scores'],
			metrics: Object.fromEntries(
				Object.keys(METRICS).map((key) => [key, pick('metrics', key as keyof typeof METRICS)]),
			) as LighthouseFigures['metrics'],
		};
	} finally {
		chrome.kill();
	}
}
