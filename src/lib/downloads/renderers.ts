/**
 * How each kind of document is made from its JSON inputs (documents.ts): the renderers of the
 * PDFs, the Word files and the Markdown files, given back their dates, maps and logo. Run by the
 * build's worker threads (render-worker.ts) and, in `astro dev`, by the route that serves a
 * download on request; both give the same bytes.
 *
 * The files this module imports, and theirs, are the renderer's code: their hash is part of
 * every document's cache key (cache-key.ts).
 */
import { renderChecklistPdf } from '../pdf/checklist-pdf.ts';
import { renderLivreBlanc } from '../pdf/livre-blanc.ts';
import { checklistMarkdown } from '../checklists/markdown.ts';
import { templateDocx } from '../templates/template-docx.ts';
import { templateMarkdown } from '../templates/template-files.ts';
import type { Logo } from '../pdf/brand.ts';
import type { DocumentInputs, DocumentKind, DownloadJob, LogoData } from './documents.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function logoOf(data: LogoData): Logo {
	return 'svg' in data ? { svg: data.svg } : { png: Buffer.from(data.png, 'base64') };
}

const RENDERERS: { [K in DocumentKind]: (input: DocumentInputs[K]) => Promise<Uint8Array> } = {
	'checklist-pdf': (input) => renderChecklistPdf({ ...input, reviewedDate: new Date(input.reviewedDate) }),
	'checklist-md': async (input) => utf8(checklistMarkdown(input)),
	'livre-blanc': (input) =>
		renderLivreBlanc({
			...input,
			date: new Date(input.date),
			checklists: new Map(Object.entries(input.checklists)),
			logo: input.logo && logoOf(input.logo),
		}),
	'template-docx': (input) => templateDocx({ ...input, date: new Date(input.date) }),
	'template-md': async (input) =>
		utf8(
			templateMarkdown(input.template, { title: input.pageTitle, address: input.pageAddress, organisation: input.organisation }),
		),
};

/** The document's bytes. */
export function renderDocument(job: DownloadJob): Promise<Uint8Array> {
	const render = RENDERERS[job.kind] as (input: DownloadJob['input']) => Promise<Uint8Array>;
	return render(job.input);
}
