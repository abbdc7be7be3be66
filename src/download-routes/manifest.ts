/**
 * The build's list of downloads to make (injected by src/integrations/downloads.ts, in `astro build`
 * only): every job's kind, parameters and inputs, as JSON. The integration reads this file once the
 * pages are built, deletes it, and makes the downloads from it in worker threads.
 */
import type { APIRoute } from 'astro';
import { downloadJobs } from './inputs.ts';

export const GET: APIRoute = async () => Response.json({ jobs: await downloadJobs() });
