/**
 * The livre blanc: the whole guide as one tagged PDF. A cover in the site's colour with its logo,
 * a table of contents with leaders and page numbers, each guide in the order of the assistant
 * path with its checklists, then the glossary and the sources; running headers, a bookmark for
 * every guide and section, numbered pages.
 *
 * Layout rules, so that nothing overlaps or dangles: a box is measured (laid out once on a scratch
 * page) before its background is drawn; a heading moves to the next page with the start of what
 * follows it; a checklist's title stays with its first items.
 */
import { guidesPhrase } from '../overlay/guide-count.ts';
import { createPdf, PAGE, pdfBytes, useFont, writeFooters, type Pdf } from './document.ts';
import { drawChecklistItems, keepTogether, taggedText, type PrintableChecklist } from './checklist-pdf.ts';
import { checklistSizes, footerLine } from './layout.ts';
import { plainText, type Block, type Run } from './blocks.ts';
import { drawLogo, paperColours, type Logo, type PaperColours } from './brand.ts';
import { NBSP } from '../typography/french.ts';

export interface BookGuide {
	title: string;
	description?: string | undefined;
	audiences: string;
	blocks: Block[];
}

export interface BookInput {
	organisation: string;
	siteAddress: string | undefined;
	/** The site's accent colour (site settings). */
	accentColor: string;
	/** The site's logo (site settings), if it has one. */
	logo?: Logo | undefined;
	/** Date of the most recent review among the guides: the edition's date. */
	date: Date;
	dateText: string;
	guides: BookGuide[];
	checklists: ReadonlyMap<string, PrintableChecklist>;
	glossary: { term: string; definition: string }[];
	sources: { title: string; publisher: string; author?: string | undefined; published?: string | undefined; ideas: string[] }[];
}

export const BOOK_TITLE = 'Le livre blanc';
/** What the book holds, with the count of guides this build publishes (a company may hide some). */
export function bookSubtitle(guides: number): string {
	return `${guides === 1 ? 'Le' : 'Les'} ${guidesPhrase(guides)} dans l’ordre du parcours, leurs checklists à cocher, le glossaire et les sources.`;
}
export const CONTENTS_TITLE = 'Sommaire';

type Struct = PDFKit.PDFStructureElement;
type Outline = PDFKit.PDFOutline;

const WIDTH = PAGE.width - 2 * PAGE.margin;
const SIZE = { body: 10.5, h1: 22, h2: 15, h3: 12, small: 9 } as const;
const INDENT = 16;
const BOX_PADDING = 10;
/** How much of what follows a heading must fit under it on the same page. */
const KEEP_WITH_HEADING = SIZE.body * 4;
/** A checklist's title, summary and this many items stay on one page. */
const CHECKLIST_LEAD_ITEMS = 3;
/** Height of the scratch page boxes are measured on: taller than any box that fits a page. */
const SCRATCH_HEIGHT = 20_000;

function fontOf(run: Run): 'bold' | 'italic' | 'regular' {
	return run.bold ? 'bold' : run.italic ? 'italic' : 'regular';
}

class BookWriter {
	/** Right edge of the text: the margin, or the inside of a box. */
	right: number = PAGE.width - PAGE.margin;
	readonly doc: Pdf;
	readonly checklists: ReadonlyMap<string, PrintableChecklist>;
	readonly colours: PaperColours;
	/** Makes a writer on a document nobody sees, to lay blocks out and know their height. */
	readonly scratch: () => BookWriter;
	private scratchWriter: BookWriter | undefined;
	private readonly heights = new Map<Block | Block[], Map<number, number>>();
	/** Height of each checklist's title, summary and first items, by id. */
	private readonly leadHeights = new Map<string, number>();

	constructor(doc: Pdf, checklists: ReadonlyMap<string, PrintableChecklist>, colours: PaperColours, scratch: () => BookWriter) {
		this.doc = doc;
		this.checklists = checklists;
		this.colours = colours;
		this.scratch = scratch;
	}

	/**
	 * The height `blocks` take at `width`, laid out exactly as they will be, on a tall page of
	 * a scratch document (a box inside a box is measured by the scratch writer's own scratch).
	 * Remembered per block (or per list of blocks, such as a box's content) and width: a box is
	 * measured for its background and for the heading before it, and its content laid out once.
	 */
	measure(blocks: Block[], width: number): number {
		const key = blocks.length === 1 && blocks[0] ? blocks[0] : blocks;
		const cached = this.heights.get(key)?.get(width);
		if (cached !== undefined) return cached;
		this.scratchWriter ??= this.scratch();
		const writer = this.scratchWriter;
		const { doc } = writer;
		doc.addPage({ size: [PAGE.width, SCRATCH_HEIGHT], margins: { top: 0, bottom: 0, left: PAGE.margin, right: PAGE.margin } });
		const root = doc.struct('Sect');
		doc.addStructure(root);
		writer.right = PAGE.margin + width;
		writer.blocks(root, blocks, PAGE.margin, null);
		root.end();
		const height = doc.y;
		this.heights.set(key, (this.heights.get(key) ?? new Map<number, number>()).set(width, height));
		return height;
	}

	/**
	 * What must fit under a heading for it to stay on this page: the start of `next`. Only boxes
	 * and checklists, which move whole or by their first items, are laid out to be measured; the
	 * start of a paragraph is measured by pdfkit's line breaking alone, which costs far less.
	 */
	lead(next: Block | undefined, width: number): number {
		if (!next) return 0;
		if (next.type === 'box' || next.type === 'checklist') return this.measureLead(next, width);
		if (next.type === 'paragraph') {
			const height = useFont(this.doc, 'regular', SIZE.body).heightOfString(plainText(next.runs), { width, lineGap: 1.5 });
			return Math.min(height, KEEP_WITH_HEADING);
		}
		return KEEP_WITH_HEADING;
	}

	/** A box that fits a page moves whole; a checklist keeps its title and first items. */
	measureLead(block: Extract<Block, { type: 'box' | 'checklist' }>, width: number): number {
		if (block.type === 'checklist') return this.checklistLead(block.id);
		// What `box` takes on the page: its height, then the space after it.
		const height = this.boxHeight(block, width - 2 * BOX_PADDING) + SIZE.body * 0.6;
		return height < this.pageRoom() ? height : KEEP_WITH_HEADING;
	}

	/** The height of a checklist's title, summary and first items, which stay on one page. */
	checklistLead(id: string): number {
		const checklist = this.checklists.get(id);
		if (!checklist) return 0;
		let height = this.leadHeights.get(id);
		if (height === undefined) {
			height = this.measureChecklist({ ...checklist, items: checklist.items.slice(0, CHECKLIST_LEAD_ITEMS) });
			this.leadHeights.set(id, height);
		}
		return height;
	}

	measureChecklist(checklist: PrintableChecklist): number {
		this.scratchWriter ??= this.scratch();
		const writer = this.scratchWriter;
		writer.doc.addPage({
			size: [PAGE.width, SCRATCH_HEIGHT],
			margins: { top: 0, bottom: 0, left: PAGE.margin, right: PAGE.margin },
		});
		const root = writer.doc.struct('Sect');
		writer.doc.addStructure(root);
		writer.drawChecklist(root, checklist);
		root.end();
		return writer.doc.y;
	}

	pageRoom(): number {
		return PAGE.height - 2 * PAGE.margin - PAGE.footer;
	}

	/** A paragraph of runs, tagged P, starting at `x` and `width` wide. */
	paragraph(parent: Struct, runs: Run[], x: number, width: number, size: number = SIZE.body): void {
		const { doc } = this;
		keepTogether(doc, size * 2.6);
		parent.add(
			doc.struct('P', {}, () => {
				runs.forEach((run, index) => {
					useFont(doc, fontOf(run), size);
					doc.fillColor(run.link ? this.colours.accent : 'black');
					const options: PDFKit.Mixins.TextOptions = {
						width,
						continued: index < runs.length - 1,
						lineGap: 1.5,
						...(run.link ? { link: run.link, underline: true } : {}),
					};
					if (index === 0) doc.text(run.text, x, doc.y, options);
					else doc.text(run.text, options);
				});
			}),
		);
		doc.fillColor('black');
		doc.y += size * 0.6;
	}

	heading(parent: Struct, level: 1 | 2 | 3, text: string, x: number = PAGE.margin, keep = KEEP_WITH_HEADING): void {
		const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
		const font = level === 3 ? 'semibold' : 'bold';
		const width = this.right - x;
		const height = useFont(this.doc, font, size).heightOfString(text, { width }) + size * 0.9;
		// A heading never ends a page: it moves with the start of what follows it.
		keepTogether(this.doc, height + keep);
		if (this.doc.y > this.doc.page.margins.top) this.doc.y += level === 1 ? 0 : size * 0.5;
		taggedText(this.doc, parent, `H${level}`, text, {
			font,
			size,
			x,
			width,
			color: level === 3 ? 'black' : this.colours.accent,
			gap: size * 0.4,
		});
	}

	blocks(parent: Struct, blocks: Block[], x: number, outline: Outline | null): void {
		let section: Outline | null = null;
		blocks.forEach((block, index) => {
			const width = this.right - x;
			switch (block.type) {
				case 'heading': {
					const level = block.depth <= 2 ? 2 : 3;
					this.heading(parent, level, block.text, x, this.lead(blocks[index + 1], width));
					if (outline && level === 2) section = outline.addItem(block.text);
					else if (outline && level === 3) (section ?? outline).addItem(block.text);
					break;
				}
				case 'paragraph':
					this.paragraph(parent, block.runs, x, width);
					break;
				case 'list':
					this.list(parent, block, x, 0);
					break;
				case 'quote': {
					const quote = this.doc.struct('BlockQuote');
					parent.add(quote);
					this.blocks(quote, block.blocks, x + INDENT, null);
					quote.end();
					break;
				}
				case 'table':
					this.table(parent, block, x, width);
					break;
				case 'box':
					this.box(parent, block, x, width);
					break;
				case 'checklist':
					this.checklist(parent, block.id);
					break;
				case 'notes':
					this.notes(parent, block.addresses, x, width);
					break;
			}
		});
	}

	list(parent: Struct, block: Extract<Block, { type: 'list' }>, x: number, depth: number): void {
		const { doc } = this;
		const list = doc.struct('L');
		parent.add(list);
		block.items.forEach((item, index) => {
			keepTogether(doc, SIZE.body * 2.6);
			const entry = doc.struct('LI');
			list.add(entry);
			const top = doc.y;
			const label = block.ordered ? `${block.start + index}.` : depth === 0 ? '•' : '–';
			entry.add(
				doc.struct('Lbl', {}, () => {
					useFont(doc, 'regular', SIZE.body);
					doc.text(label, x, top, { width: INDENT, lineBreak: false });
				}),
			);
			doc.y = top;
			const body = doc.struct('LBody');
			entry.add(body);
			for (const child of item) {
				// A nested list is indented once more, with its own marks.
				if (child.type === 'list') this.list(body, child, x + INDENT, depth + 1);
				else this.blocks(body, [child], x + INDENT, null);
			}
			body.end();
			entry.end();
			doc.y -= SIZE.body * 0.3;
		});
		list.end();
		doc.y += SIZE.body * 0.4;
		doc.x = PAGE.margin;
	}

	table(parent: Struct, block: Extract<Block, { type: 'table' }>, x: number, width: number): void {
		const { doc } = this;
		useFont(doc, 'regular', SIZE.small);
		keepTogether(doc, SIZE.small * 8);
		const data = [
			block.header.map((text) => ({ text, type: 'TH' as const, font: { src: 'bold' } })),
			...block.rows.map((row) => row.map((text) => ({ text }))),
		];
		const options = {
			data,
			position: { x, y: doc.y },
			maxWidth: width,
			structParent: parent,
			defaultStyle: { padding: 4, border: 0.5, borderColor: '#888888' },
		};
		doc.table(options as PDFKit.Mixins.TableOptionsWithData);
		doc.x = PAGE.margin;
		doc.y += SIZE.body;
	}

	/** Asides, KeyIdea, SelfAssessment, WhatToSay, Template: a titled box on a tinted background. */
	box(parent: Struct, block: Extract<Block, { type: 'box' }>, x: number, width: number): void {
		const { doc } = this;
		const inner = width - 2 * BOX_PADDING;
		const height = this.boxHeight(block, inner);
		// A box taller than a page flows on without a background, rather than under a wrong one.
		const fits = height < this.pageRoom();
		if (fits) {
			keepTogether(doc, height);
			doc.markContent('Artifact', { type: 'Layout' });
			doc.rect(x, doc.y, width, height).fill(this.colours.tint);
			doc.rect(x, doc.y, 3, height).fill(this.colours.accent);
			doc.endMarkedContent();
			doc.fillColor('black');
		}
		const top = doc.y;
		const section = doc.struct('Aside');
		parent.add(section);
		doc.y += BOX_PADDING;
		if (block.title) this.boxTitle(section, block.title, x + BOX_PADDING, inner);
		const right = this.right;
		this.right = x + width - BOX_PADDING;
		this.blocks(section, block.blocks, x + BOX_PADDING, null);
		this.right = right;
		section.end();
		doc.x = PAGE.margin;
		// The box ends where it was measured to end, whatever the last block's spacing was.
		if (fits) doc.y = top + height;
		doc.y += SIZE.body * 0.6;
	}

	boxTitle(parent: Struct, title: string, x: number, width: number): void {
		taggedText(this.doc, parent, 'P', title, { font: 'bold', size: SIZE.small, color: this.colours.accent, x, width, gap: 4 });
	}

	/** The box's height: padding, title and content as the scratch page lays them out. */
	boxHeight(block: Extract<Block, { type: 'box' }>, inner: number): number {
		const content = this.measure(block.blocks, inner);
		const title = block.title ? useFont(this.doc, 'bold', SIZE.small).heightOfString(block.title, { width: inner }) + 4 : 0;
		// Paragraphs end with their own spacing; the padding under the last one is smaller.
		return BOX_PADDING + title + content + BOX_PADDING - SIZE.body * 0.6;
	}

	checklist(parent: Struct, id: string): void {
		const checklist = this.checklists.get(id);
		if (!checklist) throw new Error(`Livre blanc: unknown checklist ${id}.`);
		keepTogether(this.doc, this.checklistLead(id));
		this.drawChecklist(parent, checklist);
	}

	drawChecklist(parent: Struct, checklist: PrintableChecklist): void {
		const { doc } = this;
		const section = doc.struct('Sect');
		parent.add(section);
		this.heading(section, 3, `Checklist${NBSP}: ${checklist.title}`, PAGE.margin, 0);
		taggedText(doc, section, 'P', checklist.summary, { font: 'italic', size: SIZE.body, gap: 6 });
		drawChecklistItems(doc, section, checklist.items, checklistSizes(0.9), this.colours.accent);
		section.end();
		doc.y += SIZE.body * 0.4;
	}

	/** The addresses of the chapter's outside links, by their numbers in the text. */
	notes(parent: Struct, addresses: string[], x: number, width: number): void {
		const { doc } = this;
		this.heading(parent, 3, 'Liens cités', x, SIZE.small * 3);
		addresses.forEach((address, index) => {
			keepTogether(doc, SIZE.small * 2);
			taggedText(doc, parent, 'P', `[${index + 1}]${NBSP}${address}`, { font: 'regular', size: SIZE.small, x, width, gap: 2 });
		});
		doc.y += SIZE.body * 0.6;
	}
}

/** The cover: a band of the accent colour with the title, the edition, the logo at the foot. */
function cover(doc: Pdf, root: Struct, book: BookInput, colours: PaperColours): void {
	const band = PAGE.height * 0.42;
	doc.markContent('Artifact', { type: 'Layout' });
	doc.rect(0, 0, PAGE.width, band).fill(colours.accent);
	doc.endMarkedContent();
	doc.y = band - 200;
	taggedText(doc, root, 'P', book.organisation, { font: 'semibold', size: 16, color: 'white', gap: 14 });
	taggedText(doc, root, 'H1', BOOK_TITLE, { font: 'bold', size: 40, color: 'white', gap: 14 });
	taggedText(doc, root, 'P', bookSubtitle(book.guides.length), { font: 'regular', size: 13, color: 'white', width: WIDTH * 0.8 });
	doc.y = band + 36;
	taggedText(doc, root, 'P', `Édition du ${book.dateText}`, { font: 'semibold', size: 12, gap: 6 });
	if (book.siteAddress) taggedText(doc, root, 'P', book.siteAddress, { font: 'regular', size: 10, color: '#444444' });
	const foot = PAGE.height - PAGE.margin - 56;
	// The foot of the cover is below the text area: no margin, so pdfkit opens no new page.
	const bottom = doc.page.margins.bottom;
	doc.page.margins.bottom = 0;
	doc.markContent('Artifact', { type: 'Layout' });
	doc
		.moveTo(PAGE.margin, foot - 16)
		.lineTo(PAGE.width - PAGE.margin, foot - 16)
		.lineWidth(0.8)
		.stroke(colours.accent);
	doc.endMarkedContent();
	if (book.logo) drawLogo(doc, book.logo, PAGE.margin, foot, 48, WIDTH / 2);
	else {
		doc.markContent('Artifact', { type: 'Layout' });
		useFont(doc, 'bold', 16)
			.fillColor(colours.accent)
			.text(book.organisation, PAGE.margin, foot + 14, { width: WIDTH, lineBreak: false });
		doc.endMarkedContent();
	}
	doc.page.margins.bottom = bottom;
	doc.fillColor('black').strokeColor('black');
}

/** One line of the contents: the title, a dotted leader, the page number; a link to the chapter. */
function contentsLine(doc: Pdf, contents: Struct, entry: { title: string; page: number; destination: string }): void {
	const item = doc.struct('TOCI');
	contents.add(item);
	useFont(doc, 'regular', 12);
	const number = String(entry.page);
	const numberWidth = 36;
	const titleWidth = WIDTH - numberWidth - 12;
	const y = doc.y;
	item.add(
		doc.struct('Reference', {}, () => doc.text(entry.title, PAGE.margin, y, { width: titleWidth, goTo: entry.destination })),
	);
	const end = doc.y;
	const lineTop = end - doc.currentLineHeight(true);
	// The leader runs from the end of the title's last line to the number, as an artifact.
	const from = PAGE.margin + doc.widthOfString(lastLineOf(doc, entry.title, titleWidth)) + 4;
	const to = PAGE.margin + WIDTH - doc.widthOfString(number) - 4;
	const baseline = lineTop + 12 * 0.85;
	doc.markContent('Artifact', { type: 'Layout' });
	doc.save().dash(0.6, { space: 3 }).lineWidth(0.8).moveTo(from, baseline).lineTo(to, baseline).stroke('#777777').restore();
	doc.endMarkedContent();
	item.add(
		doc.struct('Reference', {}, () =>
			doc.text(number, PAGE.margin + WIDTH - numberWidth, lineTop, {
				width: numberWidth,
				align: 'right',
				goTo: entry.destination,
			}),
		),
	);
	item.end();
	doc.y = end + 8;
}

/** The last line of `text` wrapped at `width`, as pdfkit wraps it. */
function lastLineOf(doc: Pdf, text: string, width: number): string {
	let line = '';
	for (const word of text.split(' ')) {
		const candidate = line ? `${line} ${word}` : word;
		line = doc.widthOfString(candidate) > width ? word : candidate;
	}
	return line;
}

/** The running header of a page: the book's title and the chapter, over a thin accent rule. */
function runningHeader(doc: Pdf, chapter: string, colours: PaperColours): void {
	const top = doc.page.margins.top;
	doc.page.margins.top = 0;
	doc.markContent('Artifact', { type: 'Pagination' });
	useFont(doc, 'regular', 8).fillColor('#555555');
	const y = PAGE.margin - 30;
	doc.text(BOOK_TITLE, PAGE.margin, y, { width: WIDTH / 2, lineBreak: false });
	doc.text(chapter, PAGE.margin + WIDTH / 2, y, { width: WIDTH / 2, align: 'right', lineBreak: false });
	doc
		.moveTo(PAGE.margin, y + 13)
		.lineTo(PAGE.width - PAGE.margin, y + 13)
		.lineWidth(0.5)
		.stroke(colours.accent);
	doc.endMarkedContent();
	doc.fillColor('black').strokeColor('black');
	doc.page.margins.top = top;
}

export async function renderLivreBlanc(book: BookInput): Promise<Uint8Array<ArrayBuffer>> {
	const title = `${book.organisation}${NBSP}: ${BOOK_TITLE.toLowerCase()}`;
	const meta = {
		title,
		subject: 'Les guides, leurs checklists, le glossaire et les sources, en un seul document.',
		author: book.organisation,
		keywords: ['livre blanc', 'assistantes et assistants de direction', 'office managers', 'partenariat'],
		date: book.date,
	};
	const doc = createPdf(meta);
	const colours = paperColours(book.accentColor);
	const scratch = (): BookWriter => new BookWriter(createPdf(meta), book.checklists, colours, scratch);
	const writer = new BookWriter(doc, book.checklists, colours, scratch);
	const root = doc.struct('Document');
	doc.addStructure(root);

	cover(doc, root, book, colours);

	// Table of contents: its page is laid out now, its lines written once the page numbers are known.
	doc.addPage();
	const contentsPage = doc.bufferedPageRange().count - 1;
	writer.heading(root, 1, CONTENTS_TITLE);
	doc.outline.addItem(CONTENTS_TITLE);
	const contents = doc.struct('TOC');
	root.add(contents);
	const contentsTop = doc.y;
	const entries: { title: string; page: number; destination: string }[] = [];
	/** The chapter each page belongs to, for the running headers. */
	const chapterOfPage: string[] = [];

	const chapter = (chapterTitle: string): { section: Struct; outline: Outline } => {
		doc.addPage();
		const destination = `chapitre-${entries.length + 1}`;
		doc.addNamedDestination(destination);
		entries.push({ title: chapterTitle, page: doc.bufferedPageRange().count, destination });
		chapterOfPage[doc.bufferedPageRange().count - 1] = chapterTitle;
		const section = doc.struct('Sect');
		root.add(section);
		writer.heading(section, 1, chapterTitle);
		return { section, outline: doc.outline.addItem(chapterTitle) };
	};

	for (const guide of book.guides) {
		const { section, outline } = chapter(guide.title);
		if (guide.description) writer.paragraph(section, [{ text: guide.description, italic: true }], PAGE.margin, WIDTH, 11.5);
		writer.paragraph(section, [{ text: `Pour${NBSP}: ${guide.audiences}` }], PAGE.margin, WIDTH, SIZE.small);
		writer.blocks(section, guide.blocks, PAGE.margin, outline);
		section.end();
	}

	const glossary = chapter('Glossaire');
	for (const term of book.glossary) {
		keepTogether(doc, SIZE.body * 5);
		writer.paragraph(glossary.section, [{ text: term.term, bold: true }, { text: ` — ${term.definition}` }], PAGE.margin, WIDTH);
	}
	glossary.section.end();

	const sources = chapter('Sources');
	for (const source of book.sources) {
		writer.heading(sources.section, 2, source.title);
		sources.outline.addItem(source.title);
		const who = [source.publisher, source.author, source.published].filter(Boolean).join(' · ');
		writer.paragraph(sources.section, [{ text: who, italic: true }], PAGE.margin, WIDTH);
		writer.blocks(
			sources.section,
			[
				{
					type: 'list',
					ordered: false,
					start: 1,
					items: source.ideas.map((idea) => [{ type: 'paragraph', runs: [{ text: idea }] }]),
				},
			],
			PAGE.margin,
			null,
		);
	}
	sources.section.end();

	// Back to the contents page, now that every chapter has its page.
	doc.switchToPage(contentsPage);
	doc.y = contentsTop + 8;
	for (const entry of entries) contentsLine(doc, contents, entry);
	contents.end();
	root.end();

	const { count } = doc.bufferedPageRange();
	let current = '';
	for (let index = 0; index < count; index++) {
		current = chapterOfPage[index] ?? current;
		// The cover and the contents have no running header; a chapter's first page has its title.
		if (index <= contentsPage || chapterOfPage[index]) continue;
		doc.switchToPage(index);
		runningHeader(doc, current, colours);
	}
	writeFooters(doc, (number, pages) =>
		number === 1 ? '' : footerLine(book.organisation, BOOK_TITLE.toLowerCase(), { number, count: pages }),
	);
	return pdfBytes(doc);
}

export { plainText };
