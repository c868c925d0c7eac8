/**
 * Builds the sharded search index (lib/search/shards.ts) into the work folder, under
 * search-index/<hash of its content>/ — published at /search-index/<hash>/, a CDN may cache it for
 * ever — and records its manifest's URL for the pages. `npm run build` runs it after the check;
 * scripts/finish-export.ts copies it into the site. With --public it also goes into public/, for
 * `npm run dev`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDir } from '../lib/content';
import { loadCorpus } from '../lib/content/load';
import { buildSearchWeights } from '../lib/search/build';
import { currentManifest, indexDir, writeSearchManifest } from '../lib/search/manifest';
import { shardIndex } from '../lib/search/shards';

const started = performance.now();
const { manifest, files, hash } = shardIndex(buildSearchWeights(loadCorpus(contentDir())));

const targets = [indexDir(), ...(process.argv.includes('--public') ? [path.resolve('public', 'search-index')] : [])];
for (const dir of targets) fs.rmSync(dir, { recursive: true, force: true });
let bytes = 0;
for (const [name, content] of files) {
  for (const dir of targets) {
    fs.mkdirSync(path.dirname(path.join(dir, hash, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, hash, name), content);
  }
  bytes += content.length;
}
for (const dir of targets) fs.writeFileSync(path.join(dir, 'manifest.json'), currentManifest(files.get('manifest.json')!, hash));
const record = { url: `/search-index/${hash}/manifest.json`, hash, documents: manifest.documents, bytes };
writeSearchManifest(record);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
// The compressed size of the whole index is the benchmark's (npm run bench:search): gzipping
// every file would cost a large build seconds.
console.log(
  `search index: ${manifest.documents} documents in ${files.size} files, ${kb(bytes)}; ` +
    `manifest ${kb(gzipSync(files.get('manifest.json')!).length)} gzipped → ${record.url} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
