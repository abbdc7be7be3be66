/**
 * A checklist on paper: its title, what it is for, where it comes from, and each action after an
 * empty square to tick with a pen, with its help text. Used alone (one A4 sheet per checklist) and
 * inside the livre blanc.
 */
import { createPdf, PAGE, pdfBytes, useFont, writeFooters, type Pdf } from './document.ts';
import { checklistMetaLine, checklistSizes, footerLine, largestFittingScale, type ChecklistSizes } from './layout.ts';

export interface PrintableChecklist {
	id: string;
	title: string;
	summary: string;
	version: number;
	items: { id: string; label: string; help?: string | undefined }[];
}

export interface ChecklistSheet extends PrintableChecklist {
	guideTitle: string;
	audiences: string;
	/** The guide's review date, in words. */
	reviewed?: string | undefined;
	reviewedDate: Date;
	organisation: string;
	/** Absolute address of the checklist's page. */
	pageAddress: string;
}

const BOX = { size: 10, gap: 10 } as const;
const GRAY = '#444444';
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Heights of the parts of a checklist at the given sizes, as pdfkit will lay them out. */
function itemHeight(doc: Pdf, item: PrintableChecklist['items'][number], sizes: ChecklistSizes): number {
	const width = TEXT_WIDTH - BOX.size - BOX.gap;
	let height = useFont(doc, 'regular', sizes.label).heightOfString(item.label, { width });
	if (item.help) height += 2 + useFont(doc, 'regular', sizes.help).heightOfString(item.help, { width });
	return height + sizes.label * 0.6;
}

function sheetHeight(doc: Pdf, sheet: ChecklistSheet, sizes: ChecklistSizes): number {
	const head =
		useFont(doc, 'bold', sizes.title).heightOfString(sheet.title, { width: TEXT_WIDTH }) +
		sizes.title * 0.5 +
		useFont(doc, 'regular', sizes.summary).heightOfString(sheet.summary, { width: TEXT_WIDTH }) +
		sizes.summary * 0.5 +
		useFont(doc, 'regular', sizes.meta).heightOfString(checklistMetaLine(sheet), { width: TEXT_WIDTH }) +
		sizes.meta * 1.5;
	return head + sheet.items.reduce((sum, item) => sum + itemHeight(doc, item, sizes), 0);
}

/** Moves to a new page when less than `height` is left on this one. */
export function keepTogether(doc: Pdf, height: number): void {
	if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A paragraph of one style, tagged as `type` under `parent`. */
export function taggedText(
	doc: Pdf,
	parent: PDFKit.PDFStructureElement,
	type: string,
	text: string,
	style: {
		font: 'regular' | 'italic' | 'semibold' | 'bold';
		size: number;
		color?: string;
		x?: number;
		width?: number;
		gap?: number;
	},
): void {
	parent.add(
		doc.struct(type, {}, () => {
			useFont(doc, style.font, style.size).fillColor(style.color ?? 'black');
			doc.text(text, style.x ?? doc.page.margins.left, doc.y, { width: style.width ?? TEXT_WIDTH });
		}),
	);
	doc.fillColor('black');
	doc.y += style.gap ?? 0;
}

/** The items as a tagged list, each after a square drawn as an artifact. */
export function drawChecklistItems(
	doc: Pdf,
	parent: PDFKit.PDFStructureElement,
	items: PrintableChecklist['items'],
	sizes: ChecklistSizes,
): void {
	const left = doc.page.margins.left;
	const x = left + BOX.size + BOX.gap;
	const width = TEXT_WIDTH - BOX.size - BOX.gap;
	const list = doc.struct('L');
	parent.add(list);
	for (const item of items) {
		keepTogether(doc, itemHeight(doc, item, sizes));
		const item_ = doc.struct('LI');
		list.add(item_);
		const top = doc.y;
		doc.markContent('Artifact', { type: 'Layout' });
		doc
			.lineWidth(0.8)
			.rect(left, top + sizes.label * 0.18, BOX.size, BOX.size)
			.stroke();
		doc.endMarkedContent();
		const body = doc.struct('LBody');
		item_.add(body);
		taggedText(doc, body, 'P', item.label, { font: 'regular', size: sizes.label, x, width });
		if (item.help) {
			doc.y += 2;
			taggedText(doc, body, 'P', item.help, { font: 'regular', size: sizes.help, color: GRAY, x, width });
		}
		body.end();
		item_.end();
		doc.y += sizes.label * 0.6;
	}
	list.end();
	doc.x = left;
}

/** One checklist as its own PDF: on one A4 page when its items allow (up to 12 do). */
export async function renderChecklistPdf(sheet: ChecklistSheet): Promise<Uint8Array<ArrayBuffer>> {
	const doc = createPdf({
		title: sheet.title,
		subject: sheet.summary,
		author: sheet.organisation,
		keywords: ['checklist', sheet.guideTitle],
		date: sheet.reviewedDate,
	});
	const available = PAGE.height - 2 * PAGE.margin - PAGE.footer;
	const sizes = checklistSizes(largestFittingScale((scale) => sheetHeight(doc, sheet, checklistSizes(scale)), available));
	const root = doc.struct('Document');
	doc.addStructure(root);
	taggedText(doc, root, 'H1', sheet.title, { font: 'bold', size: sizes.title, gap: sizes.title * 0.5 });
	taggedText(doc, root, 'P', sheet.summary, { font: 'regular', size: sizes.summary, gap: sizes.summary * 0.5 });
	taggedText(doc, root, 'P', checklistMetaLine(sheet), { font: 'regular', size: sizes.meta, color: GRAY, gap: sizes.meta * 1.5 });
	drawChecklistItems(doc, root, sheet.items, sizes);
	root.end();
	writeFooters(doc, (number, count) => footerLine(sheet.organisation, sheet.pageAddress, { number, count }));
	return pdfBytes(doc);
}
