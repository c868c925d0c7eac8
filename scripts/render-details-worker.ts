/** A worker thread of scripts/render-details.ts. */
import { workerData } from 'node:worker_threads';
import { renderPages } from './render-details-share';

const { out, urls } = workerData as { out: string; urls: string[] };
renderPages(out, urls);
