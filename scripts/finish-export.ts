/**
 * The last build step, on the exported site:
 * - publishes this build's search index (made by build-search.ts in the work folder) under
 *   /search-index/<hash>/;
 * - removes the React Server Component payloads (`index.txt`, `__next.*.txt`) that `next build`
 *   writes beside every page. Only client-side navigation (next/link, the router) fetches them;
 *   Faultline links with plain <a> and loads every page whole, so they are never requested — and
 *   they were two thirds of out/ (three per page, two identical). Adopting next/link means
 *   dropping this removal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { indexDir, readSearchManifest } from '../lib/search/manifest';
import { outDir } from '../lib/work-dir';

const out = outDir();
const { hash } = readSearchManifest();
fs.cpSync(path.join(indexDir(), hash), path.join(out, 'search-index', hash), { recursive: true });

let removed = 0;
let bytes = 0;
for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/^(index\.txt|__next\..*\.txt)$/.test(entry.name)) continue;
  const file = path.join(entry.parentPath, entry.name);
  bytes += fs.statSync(file).size;
  fs.rmSync(file);
  removed++;
}
console.log(`export finished: search index ${hash} published; ${removed} RSC payload files (${(bytes / 1024 / 1024).toFixed(1)} MB) removed`);
