/**
 * A new accessible PDF: A4, tagged (structure tree, PDF/UA identification), in French, whose
 * viewer shows the title rather than the file name, with Inter embedded and no standard font.
 */
import PDFDocument from 'pdfkit';
import { parsedFonts, type FontName } from './fonts.ts';

/** What pdfkit keeps of a font once a document uses it: its private cache of shaped words. */
type EmbeddedFont = { layoutCache?: Record<string, unknown> };

/** Shaped words per font, shared by every PDF made in this process (see `shareShapedWords`). */
const shapedWords = new Map<FontName, Record<string, unknown>>();

/**
 * Shaping a word with Inter's OpenType rules is the largest part of what a PDF costs, even sped
 * up (shaping.ts). pdfkit caches the shapes per document only; since every PDF
 * shares the same parsed fonts (`parsedFonts`), a word shaped once serves all of them. pdfkit
 * copies the cached runs and never changes them, so the output is the same byte for byte.
 */
function shareShapedWords(doc: Pdf, name: FontName): void {
	const font = (doc as unknown as { _font: EmbeddedFont })._font;
	if (typeof font.layoutCache !== 'object') {
		throw new Error('pdfkit no longer keeps a layoutCache per font: review shareShapedWords in src/lib/pdf/document.ts.');
	}
	const shared = shapedWords.get(name) ?? font.layoutCache;
	shapedWords.set(name, shared);
	font.layoutCache = shared;
}

/** Forgets every shared shape (for the tests): the next PDF shapes its words as if it were alone. */
export function forgetShapedWords(): void {
	shapedWords.clear();
}

/** How many words of `font` have been shaped in this process (for the tests). */
export function shapedWordCount(font: FontName): number {
	return Object.keys(shapedWords.get(font) ?? {}).length;
}

export interface PdfMetadata {
	title: string;
	/** One sentence about the document. */
	subject: string;
	/** The organisation publishing the guide (content/site.yaml). */
	author: string;
	keywords: string[];
	/** When the content was last reviewed: fixed dates keep the build reproducible. */
	date: Date;
}

export const PAGE = {
	/** A4 in points. */
	width: 595.28,
	height: 841.89,
	margin: 56,
	/** Room kept under the text for the footer line. */
	footer: 28,
} as const;

export type Pdf = PDFKit.PDFDocument;

export function createPdf(meta: PdfMetadata): Pdf {
	const options: PDFKit.PDFDocumentOptions = {
		size: 'A4',
		margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin + PAGE.footer },
		pdfVersion: '1.7',
		tagged: true,
		lang: 'fr-FR',
		displayTitle: true,
		// Footers and page numbers are written once every page exists.
		bufferPages: true,
		// The first page waits for our fonts, so that pdfkit never loads its standard Helvetica.
		autoFirstPage: false,
		info: {
			Title: meta.title,
			Subject: meta.subject,
			Author: meta.author,
			Creator: meta.author,
			Keywords: meta.keywords.join(', '),
			CreationDate: meta.date,
			ModDate: meta.date,
		},
	};
	// pdfkit writes the PDF/UA identification (XMP pdfuaid:part 1); its type definitions only know PDF/A.
	const doc = new PDFDocument({ ...options, subset: 'PDF/UA', font: null } as unknown as PDFKit.PDFDocumentOptions);
	for (const [name, font] of Object.entries(parsedFonts()) as [FontName, unknown][]) {
		doc.registerFont(name, font as Uint8Array);
		doc.font(name);
		shareShapedWords(doc, name);
	}
	doc.font('regular').addPage();
	return doc;
}

export function useFont(doc: Pdf, font: FontName, size: number): Pdf {
	return doc.font(font).fontSize(size);
}

/** Ends the document and gathers its bytes. */
export function pdfBytes(doc: Pdf): Promise<Uint8Array<ArrayBuffer>> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		doc.on('error', reject);
		doc.end();
	});
}

/**
 * Writes `text` at the foot of every page, as an artifact (a screen reader skips it, as it skips a
 * running footer on paper). `text` receives the page number and the page count.
 */
export function writeFooters(doc: Pdf, text: (page: number, pages: number) => string): void {
	const { start, count } = doc.bufferedPageRange();
	for (let index = start; index < start + count; index++) {
		doc.switchToPage(index);
		// Writing under the bottom margin would make pdfkit open a new page.
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc.markContent('Artifact', { type: 'Pagination' });
		useFont(doc, 'regular', 8).fillColor('#555555');
		doc.text(text(index + 1, count), PAGE.margin, PAGE.height - PAGE.margin, {
			width: PAGE.width - 2 * PAGE.margin,
			align: 'center',
			lineBreak: false,
		});
		doc.endMarkedContent();
		doc.page.margins.bottom = bottom;
	}
	doc.fillColor('black');
}
