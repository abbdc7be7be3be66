/**
 * A template as a Word file, built at build time with the `docx` package from the same blocks the
 * livre blanc prints: French language and styles, headings in the site's accent colour, real
 * lists and tables, and the site's name in the footer. No browser, no Word needed.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Block, PageTemplate, Run } from '../pdf/blocks.ts';
import { paperColours } from '../pdf/brand.ts';
import { footerLine } from '../pdf/layout.ts';
import { NBSP } from '../typography/french.ts';

export interface TemplateFile {
	template: PageTemplate;
	/** The page's description, one sentence. */
	description: string;
	organisation: string;
	accentColor: string;
	/** Absolute address of the template's page; none when the site has no public address. */
	pageAddress: string | undefined;
	/** When the page was last reviewed: the file's date, so that a build gives the same bytes. */
	date: Date;
}

const FONT = 'Calibri';
const ORDERED = 'liste-numerotee';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function textRuns(runs: Run[]): ParagraphChild[] {
	return runs.map((run) => new TextRun({ text: run.text, bold: !!run.bold, italics: !!run.italic }));
}

/** Under the file's title (Titre 1), the template's largest headings become Titre 2, and so on. */
function headingLevel(depth: number, top: number) {
	return HEADINGS[Math.min(Math.max(depth - top, 1), HEADINGS.length - 1)] ?? HeadingLevel.HEADING_2;
}

class DocxWriter {
	/** One less than the template's largest heading (smallest depth), which becomes Titre 2. */
	readonly top: number;
	/** Each ordered list restarts its numbering: one numbering instance per list. */
	private instance = 0;

	constructor(blocks: Block[]) {
		const depths = blocks.flatMap((block) => (block.type === 'heading' ? [block.depth] : []));
		this.top = Math.min(...depths, 6) - 1;
	}

	blocks(blocks: Block[], level = 0): (Paragraph | Table)[] {
		return blocks.flatMap((block): (Paragraph | Table)[] => {
			switch (block.type) {
				case 'heading':
					return [new Paragraph({ heading: headingLevel(block.depth, this.top), children: [new TextRun(block.text)] })];
				case 'paragraph':
					return [new Paragraph({ children: textRuns(block.runs) })];
				case 'list': {
					const instance = ++this.instance;
					return block.items.flatMap((item) =>
						item.flatMap((child, index): (Paragraph | Table)[] => {
							if (child.type === 'list') return this.blocks([child], level + 1);
							if (child.type !== 'paragraph' || index > 0) return this.blocks([child], level);
							return [
								new Paragraph({
									children: textRuns(child.runs),
									...(block.ordered ? { numbering: { reference: ORDERED, level, instance } } : { bullet: { level } }),
								}),
							];
						}),
					);
				}
				case 'quote':
					return this.blocks(block.blocks, level);
				case 'table':
					return [table(block)];
				case 'box':
					return [
						new Paragraph({ children: [new TextRun({ text: block.title, bold: true })] }),
						...this.blocks(block.blocks, level),
					];
				case 'notes':
					return block.addresses.map(
						(address, index) => new Paragraph({ children: [new TextRun(`[${index + 1}]${NBSP}${address}`)] }),
					);
				case 'checklist':
					return [];
			}
		});
	}
}

function table(block: Extract<Block, { type: 'table' }>): Table {
	const border = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
	const borders = { top: border, bottom: border, left: border, right: border };
	const row = (cells: string[], header: boolean) =>
		new TableRow({
			// Only the first row repeats as a header: Word reads any tblHeader mark as one.
			...(header ? { tableHeader: true } : {}),
			children: cells.map(
				(text) =>
					new TableCell({
						borders,
						children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
					}),
			),
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
	});
}

export async function templateDocx(file: TemplateFile): Promise<Uint8Array<ArrayBuffer>> {
	const { accent } = paperColours(file.accentColor);
	const colour = accent.slice(1);
	const writer = new DocxWriter(file.template.blocks);
	const doc = new Document({
		title: file.template.title,
		subject: file.description,
		creator: file.organisation,
		lastModifiedBy: file.organisation,
		description: `Modèle à adapter, issu de ${file.pageAddress ?? file.organisation}`,
		styles: {
			default: {
				document: { run: { font: FONT, size: 22, language: { value: 'fr-FR' } }, paragraph: { spacing: { after: 120 } } },
				title: { run: { font: FONT, size: 36, bold: true, color: colour } },
				heading1: { run: { font: FONT, size: 32, bold: true, color: colour } },
				heading2: {
					run: { font: FONT, size: 28, bold: true, color: colour },
					paragraph: { spacing: { before: 240, after: 120 } },
				},
				heading3: { run: { font: FONT, size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
				heading4: { run: { font: FONT, size: 22, bold: true }, paragraph: { spacing: { before: 160, after: 60 } } },
			},
		},
		numbering: {
			config: [
				{
					reference: ORDERED,
					levels: [0, 1, 2].map((level) => ({
						level,
						format: LevelFormat.DECIMAL,
						text: `%${level + 1}.`,
						alignment: AlignmentType.START,
						style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
					})),
				},
			],
		},
		sections: [
			{
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [new TextRun({ text: footerLine(file.organisation, file.pageAddress), size: 16, color: '555555' })],
							}),
						],
					}),
				},
				children: [
					new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(file.template.title)] }),
					...writer.blocks(file.template.blocks),
				],
			},
		],
	});
	return reproducible(new Uint8Array(await Packer.toArrayBuffer(doc)), file.date);
}

/**
 * The same bytes for the same template: docx stamps the file with the time of the build (in its
 * properties and in each zip entry), so every build would give a new file, and every reader's
 * service worker would download it again. The page's review date replaces both.
 */
function reproducible(docx: Uint8Array, date: Date): Uint8Array<ArrayBuffer> {
	const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
	const entries: Zippable = {};
	for (const [path, data] of Object.entries(unzipSync(docx))) {
		const content =
			path === 'docProps/core.xml'
				? new TextEncoder().encode(
						new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`),
					)
				: data;
		entries[path] = [content, { mtime: date }];
	}
	return new Uint8Array(zipSync(entries, { level: 6 }));
}
