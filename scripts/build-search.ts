/**
 * Writes the search index as static files with content-hashed names (a CDN may cache them for
 * ever): the sharded index of lib/search/shards.ts under public/search-index/, and the URL of its
 * manifest for the pages in .cache/search-index.json. `npm run build` runs it after the check.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDir } from '../lib/content';
import { loadCorpus } from '../lib/content/load';
import { buildSearchIndex } from '../lib/search/build';
import { INDEX_DIR, MANIFEST, type SearchManifest } from '../lib/search/manifest';
import { shardIndex } from '../lib/search/shards';

const started = performance.now();
const { manifest, files } = shardIndex(buildSearchIndex(loadCorpus(contentDir())));
const manifestJson = JSON.stringify(manifest);
const manifestName = `manifest.${crypto.createHash('sha256').update(manifestJson).digest('hex').slice(0, 12)}.json`;

fs.rmSync(INDEX_DIR, { recursive: true, force: true });
fs.mkdirSync(INDEX_DIR, { recursive: true });
let bytes = manifestJson.length;
let gzipped = gzipSync(manifestJson).length;
fs.writeFileSync(path.join(INDEX_DIR, manifestName), manifestJson);
for (const [name, content] of files) {
  fs.writeFileSync(path.join(INDEX_DIR, name), content);
  bytes += content.length;
  gzipped += gzipSync(content).length;
}
const record: SearchManifest = { url: `/search-index/${manifestName}`, documents: manifest.documents, bytes };
fs.mkdirSync(path.dirname(MANIFEST), { recursive: true });
fs.writeFileSync(MANIFEST, `${JSON.stringify(record, null, 2)}\n`);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `search index: ${manifest.documents} documents in ${files.size + 1} files, ${kb(bytes)} (${kb(gzipped)} gzipped); ` +
    `manifest ${kb(gzipSync(manifestJson).length)} gzipped → ${record.url} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
