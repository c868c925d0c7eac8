/**
 * Compiles many bodies at once: in worker threads (one per core, up to four) when there are enough
 * of them to pay for starting the workers, else in this thread. Each compile is cached on disk, so
 * workers share their results through the cache. `workerFile` is the worker script's path.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { Compiler, type Compilable } from './compile';
import type { ContentProblem } from './problems';

export type CompileSummary = { compiled: number; reused: number; problems: ContentProblem[] };

const WORTH_A_WORKER = 200;

export async function compileAll(entries: Compilable[], workerFile: string): Promise<CompileSummary> {
  const threads = Math.min(4, os.availableParallelism(), Math.floor(entries.length / WORTH_A_WORKER));
  if (threads < 2) {
    const compiler = new Compiler();
    const problems: ContentProblem[] = [];
    for (const entry of entries) {
      const result = await compiler.compile(entry);
      if ('problems' in result) problems.push(...result.problems);
    }
    return { compiled: compiler.compiled, reused: compiler.reused, problems };
  }
  // Round-robin shares: neighbours in the list are often alike in size.
  const shares = Array.from({ length: threads }, (_, t) =>
    entries.filter((_, i) => i % threads === t).map(({ sourcePath, format, body }) => ({ sourcePath, format, body })),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<CompileSummary>((resolve, reject) => {
          const worker = new Worker(workerFile, { workerData: share });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.reduce((a, b) => ({ compiled: a.compiled + b.compiled, reused: a.reused + b.reused, problems: [...a.problems, ...b.problems] }));
}
