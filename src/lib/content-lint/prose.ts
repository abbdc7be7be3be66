/** Helpers for the rules that read prose: every match of a pattern in the prose of a file. */
import { PLACEHOLDER } from '../../schemas/shared.ts';
import { maskAddresses } from './source.ts';
import type { Edit, ProseSpan, SourceFile } from './types.ts';

export interface ProseMatch {
	span: ProseSpan;
	match: RegExpMatchArray;
	/** Offset of the match in the file. */
	offset: number;
	/** An edit of the file, when the span sits exactly in the source. */
	edit(from: number, to: number, replacement: string): Edit[] | undefined;
}

export function* proseMatches(file: SourceFile, pattern: RegExp): Generator<ProseMatch> {
	for (const span of file.prose) {
		// A placeholder is reported as such; its wording is not the contributor's yet.
		if (span.text.includes(PLACEHOLDER)) continue;
		for (const match of maskAddresses(span.text).matchAll(pattern)) {
			const offset = span.start + (match.index ?? 0);
			yield {
				span,
				match,
				offset,
				edit: (from, to, replacement) =>
					span.exact ? [{ start: span.start + from, end: span.start + to, replacement }] : undefined,
			};
		}
	}
}

/** A short excerpt around a match, to find it in the file. */
export function excerpt(text: string, index: number, length: number): string {
	const from = Math.max(0, index - 15);
	const to = Math.min(text.length, index + length + 15);
	return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}
