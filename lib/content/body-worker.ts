/** A worker thread of check-bodies.ts: checks and stores its share of the bodies. */
import { parentPort, workerData } from 'node:worker_threads';
import type { BodySource } from './body-rules';
import { checkBodiesHere } from './check-bodies';

parentPort!.postMessage(checkBodiesHere(workerData as BodySource[]));
