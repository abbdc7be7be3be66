/**
 * The layout of a PDF read back with pdf.js: per page, the filled rectangles (box backgrounds)
 * and the text items with their size and place, all in points from the top left of the page.
 * pdfkit draws a path as one `constructPath` operation whose last argument is its bounding box.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface PageLayout {
	number: number;
	/** Filled areas at least `minWidth` wide, with their fill colour. */
	fills: (Rect & { color: string })[];
	/** Every fill colour the page sets, for text and shapes alike. */
	colours: Set<string>;
	texts: (Rect & { text: string; size: number })[];
}

/** Whether two rectangles share more than `tolerance` points in both directions. */
export function intersects(a: Rect, b: Rect, tolerance = 0.5): boolean {
	return (
		Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
		Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance
	);
}

/** Whether `inner` lies within `outer`, give or take `tolerance` points. */
export function contains(outer: Rect, inner: Rect, tolerance = 0.5): boolean {
	return (
		inner.left >= outer.left - tolerance &&
		inner.right <= outer.right + tolerance &&
		inner.top >= outer.top - tolerance &&
		inner.bottom <= outer.bottom + tolerance
	);
}

export async function readLayout(bytes: Uint8Array, minWidth = 60): Promise<PageLayout[]> {
	const task = getDocument({ data: bytes.slice(), useSystemFonts: false });
	const pdf = await task.promise;
	const pages: PageLayout[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		const height = page.view[3] ?? 0;
		const operators = await page.getOperatorList();
		const fills: PageLayout['fills'] = [];
		const colours = new Set<string>();
		let color = '#000000';
		operators.fnArray.forEach((fn, index) => {
			const args = operators.argsArray[index] as unknown[];
			if (fn === OPS.setFillRGBColor) {
				color = String(args[0]);
				colours.add(color);
			}
			if (fn !== OPS.constructPath || args[0] !== OPS.fill) return;
			const box = args[2] as Record<number, number> | undefined;
			if (!box) return;
			// pdfkit flips the page (y from the top), so the path's box is already top-down.
			const [left, top, right, bottom] = [box[0] ?? 0, box[1] ?? 0, box[2] ?? 0, box[3] ?? 0];
			if (right - left >= minWidth) fills.push({ left, top, right, bottom, color });
		});
		const content = await page.getTextContent({ disableNormalization: true });
		const texts: PageLayout['texts'] = [];
		for (const item of content.items) {
			if (!('str' in item) || item.str.trim() === '') continue;
			const [, , , scale = 0, x = 0, y = 0] = item.transform as number[];
			const size = Math.abs(scale);
			// From the ascender to the descender of the line, as a reader sees the glyphs.
			texts.push({
				text: item.str,
				size,
				left: x,
				right: x + item.width,
				top: height - y - size * 0.75,
				bottom: height - y + size * 0.2,
			});
		}
		pages.push({ number, fills, colours, texts });
	}
	await task.destroy();
	return pages;
}

/**
 * The texts of a page that overlap a text of another line (two lines set on top of each other).
 * Pieces of one line (pdf.js splits a line at kerning and font changes) share their top.
 */
export function overlappingLines(page: PageLayout): string[] {
	const found: string[] = [];
	page.texts.forEach((a, index) => {
		for (const b of page.texts.slice(index + 1)) {
			if (Math.abs(a.top - b.top) > 1 && intersects(a, b, 1)) found.push(`p. ${page.number}: « ${a.text} » / « ${b.text} »`);
		}
	});
	return found;
}

/** The text of the largest type on a page (its chapter title, on a chapter's first page). */
export function largestText(page: PageLayout | undefined): string {
	const texts = page?.texts ?? [];
	const size = Math.max(...texts.map((text) => text.size));
	return texts
		.filter((text) => text.size === size)
		.map((text) => text.text.trim())
		.join(' ');
}
