/**
 * The livre blanc: the whole guide as one tagged PDF. A cover with the organisation's name, a table
 * of contents with page numbers, each guide in the order of the assistant path with its checklists,
 * then the glossary and the sources; a bookmark for every guide and section; numbered pages.
 */
import { guidesPhrase } from '../overlay/guide-count.ts';
import { createPdf, PAGE, pdfBytes, useFont, writeFooters, type Pdf } from './document.ts';
import { drawChecklistItems, keepTogether, taggedText, type PrintableChecklist } from './checklist-pdf.ts';
import { checklistSizes, footerLine } from './layout.ts';
import { plainText, type Block, type Run } from './mdast-blocks.ts';
import { NBSP } from '../typography/french.ts';

export interface BookGuide {
	title: string;
	description?: string | undefined;
	audiences: string;
	blocks: Block[];
}

export interface BookInput {
	organisation: string;
	siteAddress: string;
	/** Date of the most recent review among the guides: the edition's date. */
	date: Date;
	dateText: string;
	guides: BookGuide[];
	checklists: ReadonlyMap<string, PrintableChecklist>;
	glossary: { term: string; definition: string }[];
	sources: { title: string; publisher: string; author?: string | undefined; published?: string | undefined; ideas: string[] }[];
}

export const BOOK_TITLE = 'Le livre blanc';

type Struct = PDFKit.PDFStructureElement;
type Outline = PDFKit.PDFOutline;

const WIDTH = PAGE.width - 2 * PAGE.margin;
const SIZE = { body: 10.5, h1: 22, h2: 15, h3: 12, small: 9 } as const;
const ACCENT = '#0b6e69';
const BOX_FILL = '#eef5f4';
const INDENT = 16;

function fontOf(run: Run): 'bold' | 'italic' | 'regular' {
	return run.bold ? 'bold' : run.italic ? 'italic' : 'regular';
}

class BookWriter {
	/** Right edge of the text: the margin, or the inside of a box. */
	right: number = PAGE.width - PAGE.margin;

	constructor(
		readonly doc: Pdf,
		readonly checklists: ReadonlyMap<string, PrintableChecklist>,
	) {}

	/** A paragraph of runs, tagged P, starting at `x` and `width` wide. */
	paragraph(parent: Struct, runs: Run[], x: number, width: number, size: number = SIZE.body): void {
		const { doc } = this;
		keepTogether(doc, size * 2.6);
		parent.add(
			doc.struct('P', {}, () => {
				runs.forEach((run, index) => {
					useFont(doc, fontOf(run), size);
					const options = { width, continued: index < runs.length - 1, lineGap: 1.5 };
					if (index === 0) doc.text(run.text, x, doc.y, options);
					else doc.text(run.text, options);
				});
			}),
		);
		doc.y += size * 0.6;
	}

	heading(parent: Struct, level: 1 | 2 | 3, text: string, x: number = PAGE.margin): void {
		const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
		// A heading never ends a page: keep it with two lines of what follows.
		keepTogether(this.doc, size * 2 + SIZE.body * 3);
		this.doc.y += level === 1 ? 0 : size * 0.5;
		taggedText(this.doc, parent, `H${level}`, text, {
			font: level === 3 ? 'semibold' : 'bold',
			size,
			x,
			width: PAGE.width - PAGE.margin - x,
			color: level === 1 ? ACCENT : 'black',
			gap: size * 0.4,
		});
	}

	/** Approximate height of blocks, to keep a box on one page and draw its background first. */
	measure(blocks: Block[], width: number): number {
		const { doc } = this;
		return blocks.reduce((sum, block) => {
			switch (block.type) {
				case 'paragraph':
					return (
						sum +
						useFont(doc, 'regular', SIZE.body).heightOfString(plainText(block.runs), { width, lineGap: 1.5 }) +
						SIZE.body * 0.6
					);
				case 'list':
					return (
						sum + block.items.reduce((s, item) => s + this.measure(item, width - INDENT) - SIZE.body * 0.3, 0) + SIZE.body * 0.4
					);
				case 'heading':
					return sum + SIZE.h3 * 2;
				default:
					return sum + PAGE.height;
			}
		}, 0);
	}

	blocks(parent: Struct, blocks: Block[], x: number, outline: Outline | null): void {
		let section: Outline | null = null;
		for (const block of blocks) {
			const width = this.right - x;
			switch (block.type) {
				case 'heading': {
					const level = block.depth <= 2 ? 2 : 3;
					this.heading(parent, level, block.text, x);
					if (outline && level === 2) section = outline.addItem(block.text);
					else if (outline && level === 3) (section ?? outline).addItem(block.text);
					break;
				}
				case 'paragraph':
					this.paragraph(parent, block.runs, x, width);
					break;
				case 'list':
					this.list(parent, block, x);
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
			}
		}
	}

	list(parent: Struct, block: Extract<Block, { type: 'list' }>, x: number): void {
		const { doc } = this;
		const list = doc.struct('L');
		parent.add(list);
		block.items.forEach((item, index) => {
			keepTogether(doc, SIZE.body * 2.6);
			const entry = doc.struct('LI');
			list.add(entry);
			const top = doc.y;
			const label = block.ordered ? `${block.start + index}.` : '•';
			entry.add(
				doc.struct('Lbl', {}, () => {
					useFont(doc, 'regular', SIZE.body);
					doc.text(label, x, top, { width: INDENT, lineBreak: false });
				}),
			);
			doc.y = top;
			const body = doc.struct('LBody');
			entry.add(body);
			this.blocks(body, item, x + INDENT, null);
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

	/** KeyIdea, Aside, SelfAssessment: a titled box with a tinted background. */
	box(parent: Struct, block: Extract<Block, { type: 'box' }>, x: number, width: number): void {
		const { doc } = this;
		const padding = 10;
		const inner = width - 2 * padding;
		const height = SIZE.small * 2 + this.measure(block.blocks, inner) + padding;
		const pageRoom = doc.page.height - doc.page.margins.bottom - doc.page.margins.top;
		if (height < pageRoom) keepTogether(doc, height + padding);
		if (height < pageRoom) {
			doc.markContent('Artifact', { type: 'Layout' });
			doc.rect(x, doc.y, width, height + padding).fill(BOX_FILL);
			doc.rect(x, doc.y, 3, height + padding).fill(ACCENT);
			doc.endMarkedContent();
			doc.fillColor('black');
		}
		const section = doc.struct('Sect');
		parent.add(section);
		doc.y += padding;
		taggedText(doc, section, 'P', block.title, {
			font: 'bold',
			size: SIZE.small,
			color: ACCENT,
			x: x + padding,
			width: inner,
			gap: 4,
		});
		const right = this.right;
		this.right = x + width - padding;
		this.blocks(section, block.blocks, x + padding, null);
		this.right = right;
		section.end();
		doc.x = PAGE.margin;
		doc.y += padding;
	}

	checklist(parent: Struct, id: string): void {
		const checklist = this.checklists.get(id);
		if (!checklist) throw new Error(`Livre blanc: unknown checklist ${id}.`);
		const { doc } = this;
		const sizes = checklistSizes(0.9);
		const section = doc.struct('Sect');
		parent.add(section);
		this.heading(section, 3, `Checklist${NBSP}: ${checklist.title}`);
		taggedText(doc, section, 'P', checklist.summary, { font: 'italic', size: SIZE.body, gap: 6 });
		drawChecklistItems(doc, section, checklist.items, sizes);
		section.end();
		doc.y += SIZE.body * 0.4;
	}
}

export async function renderLivreBlanc(book: BookInput): Promise<Uint8Array<ArrayBuffer>> {
	const title = `${book.organisation}${NBSP}: ${BOOK_TITLE.toLowerCase()}`;
	const doc = createPdf({
		title,
		subject: 'Les guides, leurs checklists, le glossaire et les sources, en un seul document.',
		author: book.organisation,
		keywords: ['livre blanc', 'assistantes et assistants de direction', 'office managers', 'partenariat'],
		date: book.date,
	});
	const writer = new BookWriter(doc, book.checklists);
	const root = doc.struct('Document');
	doc.addStructure(root);

	// Cover.
	doc.y = PAGE.height * 0.3;
	taggedText(doc, root, 'P', book.organisation, { font: 'semibold', size: 16, color: ACCENT, gap: 12 });
	taggedText(doc, root, 'H1', BOOK_TITLE, { font: 'bold', size: 34, gap: 12 });
	taggedText(
		doc,
		root,
		'P',
		// The count of what this build publishes: a company may hide guides.
		`${book.guides.length === 1 ? 'Le' : 'Les'} ${guidesPhrase(book.guides.length)} dans l’ordre du parcours, leurs checklists à cocher, le glossaire et les sources.`,
		{
			font: 'regular',
			size: 13,
			gap: 24,
		},
	);
	taggedText(doc, root, 'P', `Édition du ${book.dateText} · ${book.siteAddress}`, {
		font: 'regular',
		size: SIZE.small,
		color: '#444444',
	});

	// Table of contents: its page is laid out now, its lines written once the page numbers are known.
	doc.addPage();
	const contentsPage = doc.bufferedPageRange().count - 1;
	writer.heading(root, 1, 'Sommaire');
	doc.outline.addItem('Sommaire');
	const contents = doc.struct('TOC');
	root.add(contents);
	const entries: { title: string; page: number }[] = [];

	const chapter = (chapterTitle: string): { section: Struct; outline: Outline } => {
		doc.addPage();
		entries.push({ title: chapterTitle, page: doc.bufferedPageRange().count });
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
	doc.y = PAGE.margin + SIZE.h1 * 2;
	for (const entry of entries) {
		contents.add(
			doc.struct('TOCI', {}, () => {
				useFont(doc, 'regular', 12);
				const y = doc.y;
				doc.text(entry.title, PAGE.margin, y, { width: WIDTH - 40 });
				const end = doc.y;
				doc.text(String(entry.page), PAGE.margin + WIDTH - 40, y, { width: 40, align: 'right' });
				doc.y = end + 8;
			}),
		);
	}
	contents.end();
	root.end();

	writeFooters(doc, (number, count) =>
		number === 1 ? '' : footerLine(book.organisation, `${BOOK_TITLE.toLowerCase()}`, { number, count }),
	);
	return pdfBytes(doc);
}
