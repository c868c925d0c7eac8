/**
 * Checks (and stores, see body-store.ts) many bodies at once: in worker threads, one per core up
 * to four, when there are enough of them to pay for starting the workers; else in this thread.
 * Returns per file only what the cross-file checks need; the rest waits in the store.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BodySource, InternalLink } from './body-rules';
import { BodyStore } from './body-store';
import type { ContentProblem } from './problems';

export type BodyCheck = { sourcePath: string; problems: ContentProblem[]; headingIds: string[]; internalLinks: InternalLink[] };
export type BodyChecks = { checks: BodyCheck[]; processed: number; reused: number };

const WORTH_A_WORKER = 200;
const WORKER_FILE = path.join(__dirname, 'body-worker.cjs');

export function checkBodiesHere(bodies: BodySource[]): BodyChecks {
  const store = new BodyStore();
  const checks = bodies.map(({ sourcePath, format, body }): BodyCheck => {
    const result = store.check({ sourcePath, format, body });
    return 'facts' in result
      ? { sourcePath, problems: [], headingIds: result.facts.headingIds, internalLinks: result.facts.internalLinks }
      : { sourcePath, problems: result.problems, headingIds: [], internalLinks: [] };
  });
  return { checks, processed: store.processed, reused: store.reused };
}

export async function checkBodies(bodies: BodySource[]): Promise<BodyChecks> {
  const threads = Math.min(4, os.availableParallelism(), Math.floor(bodies.length / WORTH_A_WORKER));
  if (threads < 2) return checkBodiesHere(bodies);
  // Round-robin shares: neighbours in the list are often alike in size.
  const shares = Array.from({ length: threads }, (_, t) =>
    bodies.filter((_, i) => i % threads === t).map(({ sourcePath, format, body }) => ({ sourcePath, format, body })),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<BodyChecks>((resolve, reject) => {
          const worker = new Worker(WORKER_FILE, { workerData: share });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const order = new Map(bodies.map((b, i) => [b.sourcePath, i]));
  return {
    checks: results.flatMap((r) => r.checks).sort((a, b) => order.get(a.sourcePath)! - order.get(b.sourcePath)!),
    processed: results.reduce((n, r) => n + r.processed, 0),
    reused: results.reduce((n, r) => n + r.reused, 0),
  };
}
