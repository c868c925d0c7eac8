/**
 * Checks (and stores, see body-store.ts) many bodies at once, in worker threads when there are
 * enough of them (lib/worker-shares.ts).
 * Returns per file only what the cross-file checks need; the rest waits in the store.
 */
import type { BodyOutline } from './body';
import type { BodySource } from './body-rules';
import { BodyStore } from './body-store';
import { compileMdx } from './mdx-compile';
import type { ContentProblem } from './problems';
import { inShares } from '../worker-shares';

/** A body's problems and what the cross-file checks read; `outline` is missing where the body did not parse. */
export type BodyCheck = { sourcePath: string; problems: ContentProblem[]; outline?: BodyOutline };
export type BodyChecks = { checks: BodyCheck[]; processed: number; reused: number };

const WORTH_A_WORKER = 200;

/**
 * mdx-bundler hands most of a compile to esbuild's own process: with this many in flight, this
 * thread stays busy with the parts that are JavaScript (measured: 18.9 ms a body one at a time,
 * 10.7 ms with 16 in flight).
 */
const IN_FLIGHT = 16;

export async function checkBodiesHere(bodies: BodySource[]): Promise<BodyChecks> {
  const store = new BodyStore();
  const checks: BodyCheck[] = [];
  let next = 0;
  const work = async () => {
    while (next < bodies.length) {
      const { sourcePath, format, body, folder } = bodies[next++];
      const result = await store.checkAsync({ sourcePath, format, body, folder }, compileMdx);
      // A body that breaks a rule still has headings and links worth checking in the same run.
      const outline = 'facts' in result ? result.facts : result.outline;
      checks.push({ sourcePath, problems: result.problems, outline });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, work));
  return { checks, processed: store.processed, reused: store.reused };
}

export async function checkBodies(bodies: BodySource[]): Promise<BodyChecks> {
  // Only what a body is: entries carry their whole front matter, which workers need not copy.
  const sources = bodies.map(({ sourcePath, format, body, folder }) => ({ sourcePath, format, body, folder }));
  const results = await inShares<BodySource, BodyChecks>(sources, WORTH_A_WORKER, { file: __filename, name: 'checkBodiesHere' });
  const order = new Map(bodies.map((b, i) => [b.sourcePath, i]));
  return {
    checks: results.flatMap((r) => r.checks).sort((a, b) => order.get(a.sourcePath)! - order.get(b.sourcePath)!),
    processed: results.reduce((n, r) => n + r.processed, 0),
    reused: results.reduce((n, r) => n + r.reused, 0),
  };
}
