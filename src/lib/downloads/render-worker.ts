/**
 * A worker thread of the downloads' pool (worker-pool.ts): receives one job at a time, answers
 * with its bytes or its error. Node loads this file itself (type stripping), outside Vite: it
 * and what it imports are plain TypeScript modules.
 *
 * One worker renders many documents, so its fonts are parsed once and the words it shapes serve
 * every later PDF (src/lib/pdf/document.ts).
 */
import { parentPort } from 'node:worker_threads';
import { renderDocument } from './renderers.ts';
import type { DownloadJob } from './documents.ts';
import type { WorkerAnswer, WorkerTask } from './worker-pool.ts';

if (!parentPort) throw new Error('render-worker.ts runs as a worker thread of src/lib/downloads/worker-pool.ts.');
const port = parentPort;

port.on('message', async ({ id, job }: WorkerTask<DownloadJob>) => {
	let answer: WorkerAnswer;
	try {
		answer = { id, bytes: await renderDocument(job) };
	} catch (error) {
		answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	port.postMessage(answer);
});
