/**
 * Writes the sharded search index (lib/search/shards.ts) as static files under
 * public/search-index/<hash of its content>/ — a CDN may cache them for ever — and the URL of its
 * manifest for the pages in .cache/search-index.json. `npm run build` runs it after the check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDir } from '../lib/content';
import { loadCorpus } from '../lib/content/load';
import { buildSearchIndex } from '../lib/search/build';
import { INDEX_DIR, MANIFEST, type SearchManifest } from '../lib/search/manifest';
import { shardIndex } from '../lib/search/shards';

const started = performance.now();
const { manifest, files, hash } = shardIndex(buildSearchIndex(loadCorpus(contentDir())));

fs.rmSync(INDEX_DIR, { recursive: true, force: true });
let bytes = 0;
let gzipped = 0;
for (const [name, content] of files) {
  fs.mkdirSync(path.dirname(path.join(INDEX_DIR, hash, name)), { recursive: true });
  fs.writeFileSync(path.join(INDEX_DIR, hash, name), content);
  bytes += content.length;
  gzipped += gzipSync(content).length;
}
const record: SearchManifest = { url: `/search-index/${hash}/manifest.json`, documents: manifest.documents, bytes };
fs.mkdirSync(path.dirname(MANIFEST), { recursive: true });
fs.writeFileSync(MANIFEST, `${JSON.stringify(record, null, 2)}\n`);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `search index: ${manifest.documents} documents in ${files.size} files, ${kb(bytes)} (${kb(gzipped)} gzipped); ` +
    `manifest ${kb(gzipSync(files.get('manifest.json')!).length)} gzipped → ${record.url} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
