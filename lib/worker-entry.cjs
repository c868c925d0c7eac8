// A worker thread of worker-shares.ts. Workers do not inherit tsx's hooks: register them, then run the job.
require('tsx/cjs/api').register();
const { parentPort, workerData } = require('node:worker_threads');

const { file, name, items } = workerData;
Promise.resolve(require(file)[name](items)).then((result) => parentPort.postMessage(result));
