/** A worker thread of `npm run check`: compiles its share of the bodies into the shared disk cache. */
import { parentPort, workerData } from 'node:worker_threads';
import { Compiler, type Compilable } from '../lib/content/compile';
import type { ContentProblem } from '../lib/content/problems';

async function run(entries: Compilable[]) {
  const compiler = new Compiler();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const result = await compiler.compile(entry);
    if ('problems' in result) problems.push(...result.problems);
  }
  parentPort!.postMessage({ compiled: compiler.compiled, reused: compiler.reused, problems });
}

void run(workerData as Compilable[]);
