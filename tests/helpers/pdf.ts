/** Reading back the PDFs of the build, as a reader's tools would: text, pages, structure. */
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfReadBack {
	/**
	 * The text of every page, lines joined as they read. pdf.js's public getTextContent() writes
	 * every whitespace glyph as a plain space (its `keepWhiteSpace` switch is internal), so no-break
	 * spaces read as spaces here: compare with `spacesAsPdfJsReadsThem()`, and check with
	 * `unicodeMappedCharacters()` that the PDF does encode them.
	 */
	text: string;
	pages: number;
	info: Record<string, unknown>;
	outline: string[];
}

/**
 * A line that ends on a hyphen, a slash or a dash was broken after it by the layout, so it joins
 * the next without a space; any other line break stood for a space.
 */
export function joinLines(lines: string[]): string {
	return lines.reduce(
		(text, line) => (text === '' ? line : /[-/\u2013\u2014]$/.test(text) ? text + line : `${text} ${line}`),
		'',
	);
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
	// pdf.js takes ownership of the buffer it reads: hand it a copy.
	const task = getDocument({ data: bytes.slice(), useSystemFonts: false });
	const pdf = await task.promise;
	const lines: string[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		// Without NFKC normalisation, which would turn no-break spaces into plain ones.
		const content = await page.getTextContent({ disableNormalization: true });
		let line = '';
		for (const item of content.items) {
			if (!('str' in item)) continue;
			line += item.str;
			if (item.hasEOL) {
				lines.push(line);
				line = '';
			}
		}
		if (line) lines.push(line);
	}
	const { info } = await pdf.getMetadata();
	const outline: string[] = [];
	const walk = (items: { title: string; items: unknown[] }[] | null) => {
		for (const item of items ?? []) {
			outline.push(item.title);
			walk(item.items as { title: string; items: unknown[] }[]);
		}
	};
	walk(await pdf.getOutline());
	const pages = pdf.numPages;
	await task.destroy();
	return {
		text: joinLines(lines.map((line) => line.trim()).filter(Boolean)),
		pages,
		info: info as Record<string, unknown>,
		outline,
	};
}

/** The structure markers of a tagged PDF in French, as written in its catalogue. */
export function expectTaggedFrench(bytes: Uint8Array): void {
	const raw = Buffer.from(bytes).toString('latin1');
	expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
	expect(raw).toMatch(/\/Marked true/);
	expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
	expect(raw).toMatch(/\/Lang \(fr-FR\)/);
	// The viewer shows the document's title, not its file name.
	expect(raw).toMatch(/\/DisplayDocTitle true/);
}

/** A text as pdf.js reads it back: no-break and narrow no-break spaces become plain spaces. */
export function spacesAsPdfJsReadsThem(text: string): string {
	return text.replace(/[\u00A0\u202F]/g, ' ');
}

/**
 * Every character the PDF's fonts map a glyph to (their ToUnicode tables), so copying from the
 * PDF gives it: proof that a narrow no-break space was written as one, not as a plain space.
 */
export function unicodeMappedCharacters(bytes: Uint8Array): Set<string> {
	const raw = Buffer.from(bytes);
	const characters = new Set<string>();
	const latin1 = raw.toString('latin1');
	for (const match of latin1.matchAll(/\/Filter \/FlateDecode[^>]*>>\s*stream\r?\n/g)) {
		const start = (match.index ?? 0) + match[0].length;
		const end = latin1.indexOf('endstream', start);
		let content: string;
		try {
			content = inflateSync(raw.subarray(start, end)).toString('latin1');
		} catch {
			continue;
		}
		if (!content.includes('begincmap')) continue;
		for (const hex of content.matchAll(/<([0-9a-f]{4})>/gi)) characters.add(String.fromCodePoint(parseInt(hex[1] ?? '0', 16)));
	}
	return characters;
}
