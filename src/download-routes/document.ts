/**
 * One download rendered on request, for `astro dev` (injected by src/integrations/downloads.ts
 * once per kind of document, at the kind's route): the same inputs and renderers as the build,
 * in the dev server's process, without the cache.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOCUMENT_KINDS, type DownloadJob } from '../lib/downloads/documents.ts';
import { renderDocument } from '../lib/downloads/renderers.ts';
import { downloadJobs } from './inputs.ts';

async function jobsAt(routePattern: string): Promise<DownloadJob[]> {
	return (await downloadJobs()).filter((job) => DOCUMENT_KINDS[job.kind].route === routePattern);
}

export const getStaticPaths = (async ({ routePattern }) =>
	(await jobsAt(routePattern)).map((job) => ({ params: job.params }))) satisfies GetStaticPaths;

// Found again from the route and its parameters: Astro skips getStaticPaths (and so any props) for
// a route without parameters, such as the livre blanc's.
export const GET: APIRoute = async ({ routePattern, params }) => {
	const job = (await jobsAt(routePattern)).find((candidate) =>
		Object.entries(candidate.params).every(([name, value]) => params[name] === value),
	);
	if (!job) return new Response(null, { status: 404 });
	return new Response(new Uint8Array(await renderDocument(job)), {
		headers: { 'Content-Type': DOCUMENT_KINDS[job.kind].contentType },
	});
};
