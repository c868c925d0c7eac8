/**
 * mdx-bundler compiles asynchronously; the pages, `npm run dev` and the tests read bodies
 * synchronously. On the rare occasion that such a reader meets an `.mdx` body `npm run check` has
 * not stored (a dev edit, a test's fresh store), this compiles it in a worker thread and waits for
 * the answer. `npm run check` itself compiles many bodies at once (check-bodies.ts).
 */
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { BodySource } from './body-rules';
import type { CompiledBody } from './mdx-compile';

type Bridge = { worker: Worker; answers: MessagePort; done: Int32Array };
let bridge: Bridge | undefined;

/** Far longer than any body takes (tens of milliseconds; the first also loads the compiler). */
const WAIT_MS = 120_000;

export function compileMdxSync(file: BodySource): CompiledBody {
  bridge ??= start();
  Atomics.store(bridge.done, 0, 0);
  bridge.worker.postMessage({ sourcePath: file.sourcePath, format: file.format, body: file.body, folder: file.folder });
  // A worker that died before answering must not hang the process for ever.
  if (Atomics.wait(bridge.done, 0, 0, WAIT_MS) === 'timed-out') throw new Error(`compiling ${file.sourcePath}: no answer from the compiler thread in ${WAIT_MS / 1000} s`);
  const answer = receiveMessageOnPort(bridge.answers)?.message as CompiledBody | { error: string };
  if ('error' in answer) throw new Error(`compiling ${file.sourcePath}: ${answer.error}`);
  return answer;
}

function start(): Bridge {
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  // The worker must be the file on disk, found from the project root, even where Next has bundled
  // this module: a one-line script that requires it keeps the bundler from following the path.
  const entry = path.join(process.cwd(), 'lib', 'content', 'mdx-compile-worker.cjs');
  const worker = new Worker(`require(${JSON.stringify(entry)})`, { eval: true, workerData: { answers: port2, done }, transferList: [port2] });
  // Waiting is all this process does with it: it must not keep the process alive.
  worker.unref();
  port1.unref();
  return { worker, answers: port1, done };
}
