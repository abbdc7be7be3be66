/**
 * A checklist on paper: its title, what it is for, where it comes from, places for the date and
 * a name, each action after an empty square to tick with a pen (one column of squares per period
 * for a recurring checklist), its groups as subheadings, and lines for notes. Used alone (one A4
 * sheet per checklist) and inside the livre blanc.
 */
import { createPdf, PAGE, pdfBytes, useFont, writeFooters, type Pdf } from './document.ts';
import {
	checklistMetaLine,
	checklistSizes,
	footerLine,
	largestFittingScale,
	NOTES_TITLE,
	PERIOD_COLUMNS,
	periodsLine,
	SHEET_FIELDS,
	type ChecklistSizes,
} from './layout.ts';
import { paperColours } from './brand.ts';
import type { ChecklistData } from '../../schemas/checklists.ts';

export interface PrintableChecklist {
	id: string;
	title: string;
	summary: string;
	version: number;
	recurrence?: ChecklistData['recurrence'];
	items: { id: string; label: string; help?: string | undefined; group?: string | undefined }[];
}

export interface ChecklistSheet extends PrintableChecklist {
	guideTitle: string;
	audiences: string;
	/** The guide's review date, in words. */
	reviewed?: string | undefined;
	reviewedDate: Date;
	organisation: string;
	/** The site's accent colour (site settings). */
	accentColor: string;
	/** Absolute address of the checklist's page. */
	pageAddress: string | undefined;
}

const BOX = { size: 10, gap: 10 } as const;
/** Width of one period's column of squares on a recurring checklist. */
const COLUMN = 34;
const GRAY = '#444444';
const RULE = '#9a9a9a';
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Room kept for notes at the foot of a sheet: at least this many lines. */
const NOTE_LINES = 3;
const NOTE_LINE_GAP = 22;
/** Height of the periods' names and date lines over the columns, in help-text sizes. */
const PERIOD_HEADER = 3.4;

type Item = PrintableChecklist['items'][number];

/** Where an item's text starts and how wide it is: after its square, or before the columns. */
function itemBox(columns: number): { x: number; width: number } {
	return columns > 0
		? { x: PAGE.margin, width: TEXT_WIDTH - columns * COLUMN - BOX.gap }
		: { x: PAGE.margin + BOX.size + BOX.gap, width: TEXT_WIDTH - BOX.size - BOX.gap };
}

/** Heights of the parts of a checklist at the given sizes, as pdfkit will lay them out. */
function itemHeight(doc: Pdf, item: Item, sizes: ChecklistSizes, columns = 0): number {
	const { width } = itemBox(columns);
	let height = useFont(doc, 'regular', sizes.label).heightOfString(item.label, { width });
	if (item.help) height += 2 + useFont(doc, 'regular', sizes.help).heightOfString(item.help, { width });
	return height + sizes.label * 0.6;
}

function groupHeight(doc: Pdf, group: string, sizes: ChecklistSizes): number {
	return useFont(doc, 'semibold', sizes.label).heightOfString(group, { width: TEXT_WIDTH }) + sizes.label * 0.9;
}

/** The items with, before each, the group it opens (when it opens one). */
function withGroups(items: readonly Item[]): { item: Item; opens?: string | undefined }[] {
	return items.map((item, index) => ({
		item,
		opens: item.group && item.group !== items[index - 1]?.group ? item.group : undefined,
	}));
}

/** Height of the items, their groups and the period header, as `drawChecklistItems` lays them out. */
function itemsHeight(doc: Pdf, items: readonly Item[], sizes: ChecklistSizes, columns: number): number {
	const header = columns > 0 ? PERIOD_HEADER * sizes.help : 0;
	return (
		header +
		withGroups(items).reduce(
			(sum, { item, opens }) => sum + (opens ? groupHeight(doc, opens, sizes) : 0) + itemHeight(doc, item, sizes, columns),
			0,
		)
	);
}

function headHeight(doc: Pdf, sheet: ChecklistSheet, sizes: ChecklistSizes): number {
	const recurring = sheet.recurrence
		? useFont(doc, 'regular', sizes.meta).heightOfString(periodsLine(sheet.recurrence), { width: TEXT_WIDTH }) + sizes.meta
		: 0;
	return (
		useFont(doc, 'bold', sizes.title).heightOfString(sheet.title, { width: TEXT_WIDTH }) +
		sizes.title * 0.5 +
		useFont(doc, 'regular', sizes.summary).heightOfString(sheet.summary, { width: TEXT_WIDTH }) +
		sizes.summary * 0.5 +
		useFont(doc, 'regular', sizes.meta).heightOfString(checklistMetaLine(sheet), { width: TEXT_WIDTH }) +
		sizes.meta * 1.5 +
		fieldsHeight(sizes) +
		recurring
	);
}

function fieldsHeight(sizes: ChecklistSizes): number {
	return sizes.label * 3;
}

function notesHeight(sizes: ChecklistSizes): number {
	return sizes.label * 2.5 + NOTE_LINES * NOTE_LINE_GAP;
}

function sheetHeight(doc: Pdf, sheet: ChecklistSheet, sizes: ChecklistSizes): number {
	const columns = sheet.recurrence ? PERIOD_COLUMNS[sheet.recurrence].length : 0;
	return headHeight(doc, sheet, sizes) + itemsHeight(doc, sheet.items, sizes, columns) + notesHeight(sizes);
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

/** An empty square to tick, drawn as an artifact. */
function square(doc: Pdf, x: number, y: number, color: string): void {
	doc.markContent('Artifact', { type: 'Layout' });
	doc.lineWidth(0.8).rect(x, y, BOX.size, BOX.size).stroke(color);
	doc.endMarkedContent();
	doc.strokeColor('black');
}

/**
 * The items as a tagged list, each after a square drawn as an artifact; with `periods`, one
 * square per period in columns on the right, under the periods' names. A group opens with its
 * name, kept on the page of its first item.
 */
export function drawChecklistItems(
	doc: Pdf,
	parent: PDFKit.PDFStructureElement,
	items: PrintableChecklist['items'],
	sizes: ChecklistSizes,
	accent: string,
	periods: readonly string[] = [],
): void {
	const left = doc.page.margins.left;
	const { x, width } = itemBox(periods.length);
	const columnsLeft = PAGE.width - PAGE.margin - periods.length * COLUMN;
	const header = (): void => {
		doc.markContent('Artifact', { type: 'Layout' });
		useFont(doc, 'semibold', sizes.help).fillColor(GRAY);
		const y = doc.y;
		periods.forEach((period, index) => {
			const columnLeft = columnsLeft + index * COLUMN;
			doc.text(period, columnLeft, y, { width: COLUMN, align: 'center', lineBreak: false });
			// A short line under the period's name, for its date.
			doc
				.moveTo(columnLeft + 4, y + sizes.help * 2.6)
				.lineTo(columnLeft + COLUMN - 4, y + sizes.help * 2.6)
				.lineWidth(0.5)
				.stroke(RULE);
		});
		doc.endMarkedContent();
		doc.fillColor('black').strokeColor('black');
		doc.x = left;
		doc.y = y + PERIOD_HEADER * sizes.help;
	};
	if (periods.length > 0) {
		keepTogether(doc, PERIOD_HEADER * sizes.help + itemHeight(doc, items[0] ?? { id: '', label: '' }, sizes, periods.length));
		header();
	}
	const list = doc.struct('L');
	parent.add(list);
	for (const { item, opens } of withGroups(items)) {
		const height = itemHeight(doc, item, sizes, periods.length);
		if (opens) {
			keepTogether(doc, groupHeight(doc, opens, sizes) + height);
			doc.y += sizes.label * 0.3;
			taggedText(doc, list, 'Caption', opens, { font: 'semibold', size: sizes.label, color: accent, gap: sizes.label * 0.6 });
		}
		const page = doc.bufferedPageRange().count;
		keepTogether(doc, height);
		// A new page repeats the periods' names over the columns.
		if (periods.length > 0 && doc.bufferedPageRange().count !== page) header();
		const entry = doc.struct('LI');
		list.add(entry);
		const top = doc.y;
		if (periods.length > 0)
			periods.forEach((_, index) =>
				square(doc, columnsLeft + index * COLUMN + (COLUMN - BOX.size) / 2, top + sizes.label * 0.18, accent),
			);
		else square(doc, left, top + sizes.label * 0.18, accent);
		const body = doc.struct('LBody');
		entry.add(body);
		taggedText(doc, body, 'P', item.label, { font: 'regular', size: sizes.label, x, width });
		if (item.help) {
			doc.y += 2;
			taggedText(doc, body, 'P', item.help, { font: 'regular', size: sizes.help, color: GRAY, x, width });
		}
		body.end();
		entry.end();
		doc.y += sizes.label * 0.6;
	}
	list.end();
	doc.x = left;
}

/** « Date : ____  Nom : ____ »: written lines to fill in by hand. */
function drawFields(doc: Pdf, parent: PDFKit.PDFStructureElement, sizes: ChecklistSizes): void {
	const y = doc.y + sizes.label * 0.5;
	const half = TEXT_WIDTH / 2;
	SHEET_FIELDS.forEach((field, index) => {
		const x = PAGE.margin + index * half;
		parent.add(
			doc.struct('P', {}, () => {
				useFont(doc, 'semibold', sizes.label).fillColor('black');
				doc.text(field, x, y, { lineBreak: false });
			}),
		);
		const start = x + doc.widthOfString(field) + 6;
		doc.markContent('Artifact', { type: 'Layout' });
		doc
			.moveTo(start, y + sizes.label)
			.lineTo(x + half - 16, y + sizes.label)
			.lineWidth(0.6)
			.stroke(RULE);
		doc.endMarkedContent();
	});
	doc.strokeColor('black');
	doc.x = PAGE.margin;
	doc.y = y + fieldsHeight(sizes) - sizes.label * 0.5;
}

/** « Notes » and ruled lines down to the foot of the page (at least `NOTE_LINES` of them). */
function drawNotes(doc: Pdf, parent: PDFKit.PDFStructureElement, sizes: ChecklistSizes, accent: string): void {
	keepTogether(doc, notesHeight(sizes));
	doc.y += sizes.label * 0.5;
	taggedText(doc, parent, 'H2', NOTES_TITLE, { font: 'semibold', size: sizes.label, color: accent, gap: 4 });
	const bottom = doc.page.height - doc.page.margins.bottom;
	doc.markContent('Artifact', { type: 'Layout' });
	for (let y = doc.y + NOTE_LINE_GAP; y <= bottom; y += NOTE_LINE_GAP) {
		doc
			.moveTo(PAGE.margin, y)
			.lineTo(PAGE.width - PAGE.margin, y)
			.lineWidth(0.5)
			.stroke(RULE);
	}
	doc.endMarkedContent();
	doc.strokeColor('black');
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
	const { accent } = paperColours(sheet.accentColor);
	const available = PAGE.height - 2 * PAGE.margin - PAGE.footer;
	const sizes = checklistSizes(largestFittingScale((scale) => sheetHeight(doc, sheet, checklistSizes(scale)), available));
	const root = doc.struct('Document');
	doc.addStructure(root);
	taggedText(doc, root, 'H1', sheet.title, { font: 'bold', size: sizes.title, color: accent, gap: sizes.title * 0.5 });
	taggedText(doc, root, 'P', sheet.summary, { font: 'regular', size: sizes.summary, gap: sizes.summary * 0.5 });
	taggedText(doc, root, 'P', checklistMetaLine(sheet), { font: 'regular', size: sizes.meta, color: GRAY, gap: sizes.meta * 1.5 });
	drawFields(doc, root, sizes);
	if (sheet.recurrence) {
		taggedText(doc, root, 'P', periodsLine(sheet.recurrence), { font: 'italic', size: sizes.meta, color: GRAY, gap: sizes.meta });
	}
	drawChecklistItems(doc, root, sheet.items, sizes, accent, sheet.recurrence ? PERIOD_COLUMNS[sheet.recurrence] : []);
	drawNotes(doc, root, sizes, accent);
	root.end();
	writeFooters(doc, (number, count) => footerLine(sheet.organisation, sheet.pageAddress, { number, count }));
	return pdfBytes(doc);
}
