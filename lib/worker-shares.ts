/**
 * Runs a job over many items in worker threads — one per core, up to four — when there are enough
 * items to pay for starting them (`perWorker` each), else in this thread. The job is a function
 * exported by a TypeScript module (`file`, `name`), loaded in each worker through tsx
 * (worker-entry.cjs); it gets its share of the items and the worker's environment, and may
 * return its result or a promise of it. Shares are
 * round-robin, since neighbours in a list are often alike in size; one result comes back per share.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export type Job = { file: string; name: string };

const ENTRY = path.join(__dirname, 'worker-entry.cjs');

export async function inShares<T, R>(items: T[], perWorker: number, job: Job): Promise<R[]> {
  const threads = Math.min(4, os.availableParallelism(), Math.floor(items.length / perWorker));
  if (threads < 2) return [await (require(job.file) as Record<string, (items: T[]) => R | Promise<R>>)[job.name](items)];
  const shares = Array.from({ length: threads }, (_, t) => items.filter((_, i) => i % threads === t));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<R>((resolve, reject) => {
          const worker = new Worker(ENTRY, { workerData: { ...job, items: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a worker of ${job.name} stopped with ${code}`)));
        }),
    ),
  );
}
