/** Reading back the PDFs of the build, as a reader's tools would: text, pages, structure. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfReadBack {
	/** The text of every page, each line once, lines joined as they read. */
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
	const task = getDocument({ data: bytes, useSystemFonts: false });
	const pdf = await task.promise;
	const lines: string[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		const content = await page.getTextContent();
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
