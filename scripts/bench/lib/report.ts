/** Formatting of the benchmark's figures, and its section of BENCHMARKS.md. */

export function kilobytes(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} kB`;
}

export function ratio(ours: number, plain: number): string {
	return plain > 0 ? `×${(ours / plain).toFixed(2)}` : 'n/a';
}

/** A Markdown table; cells are written as given. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * BENCHMARKS.md with the section `## <title>` replaced by `section` (or added at the end),
 * leaving every other section as it was.
 */
export function replaceSection(document: string, title: string, section: string): string {
	const heading = `## ${title}`;
	const body = section.trimEnd();
	const lines = document.split('\n');
	const start = lines.findIndex((line) => line.trim() === heading);
	if (start === -1) {
		const base = document.trim() === '' ? '# Benchmarks' : document.trimEnd();
		return `${base}\n\n${body}\n`;
	}
	const nextOffset = lines.slice(start + 1).findIndex((line) => /^## /.test(line));
	const end = nextOffset === -1 ? lines.length : start + 1 + nextOffset;
	const after = lines.slice(end).join('\n').trim();
	return `${[lines.slice(0, start).join('\n').trimEnd(), body, after].filter(Boolean).join('\n\n')}\n`;
}

/**
 * The subsection of `## <section>` whose heading starts with `### <prefix>`, up to the next
 * heading of its level or above, or undefined: what a run that did not measure it keeps.
 */
export function subsection(document: string, section: string, prefix: string): string | undefined {
	const lines = document.split('\n');
	const sectionStart = lines.findIndex((line) => line.trim() === `## ${section}`);
	if (sectionStart === -1) return undefined;
	const sectionEnd = lines.findIndex((line, index) => index > sectionStart && /^## /.test(line));
	const inSection = lines.slice(sectionStart + 1, sectionEnd === -1 ? lines.length : sectionEnd);
	const start = inSection.findIndex((line) => line.startsWith(`### ${prefix}`));
	if (start === -1) return undefined;
	const end = inSection.findIndex((line, index) => index > start && /^###? /.test(line));
	return inSection
		.slice(start, end === -1 ? inSection.length : end)
		.join('\n')
		.trim();
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new RangeError('The median of no values is undefined.');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Options of `npm run bench`: `--sizes 100,500`, `--skip-lighthouse`, `--skip-builds`. */
export interface BenchOptions {
	sizes: number[];
	lighthouse: boolean;
	builds: boolean;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
	const options: BenchOptions = { sizes: [100, 500, 2000], lighthouse: true, builds: true };
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index] as string;
		if (argument === '--skip-lighthouse') options.lighthouse = false;
		else if (argument === '--skip-builds') options.builds = false;
		else if (argument === '--sizes' || argument.startsWith('--sizes=')) {
			const value = argument.includes('=') ? argument.slice('--sizes='.length) : argv[++index];
			const sizes = (value ?? '').split(',').map(Number);
			if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
				throw new Error(`--sizes takes page counts separated by commas, such as --sizes 100,500; got "${value ?? ''}".`);
			}
			options.sizes = sizes;
		} else throw new Error(`Unknown option ${argument}: npm run bench [-- --sizes 100,500] [--skip-lighthouse] [--skip-builds]`);
	}
	return options;
}
