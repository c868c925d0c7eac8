// The worker thread of mdx-compile-sync.ts: compiles one body per message and wakes the waiting thread.
require('tsx/cjs/api').register();
const path = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');

const { compileMdx } = require(path.join(__dirname, 'mdx-compile.ts'));
const { answers, done } = workerData;

parentPort.on('message', async (file) => {
  let answer;
  try {
    answer = await compileMdx(file);
  } catch (error) {
    answer = { error: error instanceof Error ? error.stack : String(error) };
  }
  answers.postMessage(answer);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
