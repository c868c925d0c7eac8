/**
 * Writes the search index and document store as one static file with a content-hashed name
 * (public/search-index/faultline.<hash>.json, so a CDN may cache it for ever), and records its URL
 * for the pages in .cache/search-index.json. `npm run build` runs it after the check.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDir } from '../lib/content';
import { loadCorpus } from '../lib/content/load';
import { buildSearchIndex } from '../lib/search/build';
import { INDEX_DIR, MANIFEST, type SearchManifest } from '../lib/search/manifest';

const started = performance.now();
const payload = buildSearchIndex(loadCorpus(contentDir()));
const json = JSON.stringify(payload);
const hash = crypto.createHash('sha256').update(json).digest('hex').slice(0, 16);
const name = `faultline.${hash}.json`;

fs.rmSync(INDEX_DIR, { recursive: true, force: true });
fs.mkdirSync(INDEX_DIR, { recursive: true });
fs.writeFileSync(path.join(INDEX_DIR, name), json);
const manifest: SearchManifest = { url: `/search-index/${name}`, documents: payload.documents.length, bytes: json.length };
fs.mkdirSync(path.dirname(MANIFEST), { recursive: true });
fs.writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `search index: ${payload.documents.length} documents, ${kb(json.length)} (${kb(gzipSync(json).length)} gzipped) ` +
    `→ ${manifest.url} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
