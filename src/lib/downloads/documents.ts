/**
 * The files readers download, by kind: where each kind lives on the site (the same URL helpers
 * as the links to it) and the inputs a document of that kind is made from.
 *
 * A document's inputs are plain JSON (dates as ISO strings, a logo as its SVG text or its PNG in
 * base64): they are gathered by a route during the build (src/download-routes/inputs.ts), travel
 * to a worker thread, and their hash names the document in the cache (cache-key.ts). No renderer
 * is imported here, so that the build's own process never loads pdfkit or docx.
 */
import type { ChecklistSheet, PrintableChecklist } from '../pdf/checklist-pdf.ts';
import type { BookInput } from '../pdf/livre-blanc.ts';
import type { MarkdownChecklist } from '../checklists/markdown.ts';
import type { TemplateFile } from '../templates/template-docx.ts';
import { checklistUrls } from '../checklists/urls.ts';
import { templateUrls } from '../templates/template-files.ts';

/** The date of a document whose page has no review date: fixed, so the build stays reproducible. */
export const UNREVIEWED_DATE = new Date('2026-01-01T00:00:00Z');

/** A checklist's sheet and its Markdown task list share their inputs. */
export interface ChecklistInput extends Omit<ChecklistSheet & MarkdownChecklist, 'reviewedDate'> {
	/** ISO date. */
	reviewedDate: string;
}

/** The logo as data: an SVG's text, or a PNG's bytes in base64. */
export type LogoData = { svg: string } | { png: string };

export interface LivreBlancInput extends Omit<BookInput, 'date' | 'checklists' | 'logo'> {
	/** ISO date. */
	date: string;
	/** The checklists the book's guides print, by id. */
	checklists: Record<string, PrintableChecklist>;
	logo?: LogoData | undefined;
}

export interface TemplateInput extends Omit<TemplateFile, 'date'> {
	/** ISO date. */
	date: string;
	/** The page's title: the Markdown file's source line names it. */
	pageTitle: string;
}

/** What each kind of document is made from. */
export interface DocumentInputs {
	'checklist-pdf': ChecklistInput;
	'checklist-md': ChecklistInput;
	'livre-blanc': LivreBlancInput;
	'template-docx': TemplateInput;
	'template-md': TemplateInput;
}

export type DocumentKind = keyof DocumentInputs;

const PDF = 'application/pdf';
const MARKDOWN = 'text/markdown; charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The livre blanc's address, under the base path. */
export function livreBlancUrl(base: string): string {
	return `${base.endsWith('/') ? base : `${base}/`}livre-blanc.pdf`;
}

/**
 * Each kind's route, as Astro writes a route pattern: the URL helpers given the parameter's
 * placeholder, so that a link and the file it leads to cannot drift apart. `first`: rendered
 * before the others, so that the longest document does not end the build alone on one core.
 */
export const DOCUMENT_KINDS: Record<DocumentKind, { route: string; contentType: string; first?: boolean }> = {
	'checklist-pdf': { route: checklistUrls('[id]', '/').pdf, contentType: PDF },
	'checklist-md': { route: checklistUrls('[id]', '/').markdown, contentType: MARKDOWN },
	'livre-blanc': { route: livreBlancUrl('/'), contentType: PDF, first: true },
	'template-docx': { route: templateUrls('[...template]', '/').docx, contentType: DOCX },
	'template-md': { route: templateUrls('[...template]', '/').markdown, contentType: MARKDOWN },
};

/** One file to make: its kind, the values of its route's parameters, and its inputs. */
export type DownloadJob = {
	[K in DocumentKind]: { kind: K; params: Record<string, string>; input: DocumentInputs[K] };
}[DocumentKind];

/** The job's file in the built folder, relative to it: its route with the parameters filled in. */
export function jobFile(job: Pick<DownloadJob, 'kind' | 'params'>): string {
	const path = DOCUMENT_KINDS[job.kind].route.replace(/\[(?:\.\.\.)?([a-z]+)\]/gi, (placeholder, name: string) => {
		const value = job.params[name];
		if (value === undefined) throw new Error(`${job.kind}: no value for ${placeholder}.`);
		return value;
	});
	return path.replace(/^\//, '');
}
