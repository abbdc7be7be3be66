/**
 * A small pool of worker threads (node:worker_threads, no package needed for this much): each
 * worker takes the next task as soon as it has answered the last, so that every core stays busy
 * until the queue is empty, and each result is handed over as it arrives rather than held until
 * the end. The first error stops every worker and fails the whole run.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** What a worker receives: a task's number and what `message` gives of it. */
export interface WorkerTask<M> {
	id: number;
	job: M;
}

export type WorkerAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

export interface PoolOptions<T> {
	/** The worker's module (see render-worker.ts for the messages it answers). */
	worker: URL;
	/** What the worker needs of a task (it must survive structured cloning). */
	message: (task: T) => unknown;
	/** How many workers at most; never more than there are tasks. */
	size: number;
	/** Each worker's memory limits (see `new Worker`). */
	resourceLimits?: ResourceLimits;
	/** Names a task in an error. */
	label: (task: T) => string;
	/** Receives each result as it arrives. */
	onResult: (task: T, bytes: Uint8Array) => void | Promise<void>;
}

export async function runInWorkers<T>(tasks: readonly T[], options: PoolOptions<T>): Promise<void> {
	if (tasks.length === 0) return;
	const size = Math.max(1, Math.min(options.size, tasks.length));
	const workers: Worker[] = [];
	try {
		await new Promise<void>((resolve, reject) => {
			let next = 0;
			let done = 0;
			let failed = false;
			const fail = (error: Error) => {
				failed = true;
				reject(error);
			};
			const give = (worker: Worker) => {
				if (next >= tasks.length) return;
				const id = next++;
				worker.postMessage({ id, job: options.message(tasks[id] as T) } satisfies WorkerTask<unknown>);
			};
			for (let index = 0; index < size; index++) {
				const worker = new Worker(options.worker, { resourceLimits: options.resourceLimits ?? {} });
				workers.push(worker);
				worker.on('message', (answer: WorkerAnswer) => {
					if (failed) return;
					const task = tasks[answer.id] as T;
					if ('error' in answer) {
						fail(new Error(`${options.label(task)}: ${answer.error}`));
						return;
					}
					// The worker starts on its next task while this result is written.
					give(worker);
					Promise.resolve(options.onResult(task, answer.bytes)).then(() => {
						if (!failed && ++done === tasks.length) resolve();
					}, fail);
				});
				worker.on('error', (error) => fail(error));
				worker.on('exit', (code) => {
					if (!failed && done < tasks.length) fail(new Error(`A download worker stopped (exit code ${code}) before the end.`));
				});
				give(worker);
			}
		});
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
}
