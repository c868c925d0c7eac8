/** Where the built search index lives; written by scripts/build-search.ts, read by the pages at build time. */
import fs from 'node:fs';
import path from 'node:path';

export const INDEX_DIR = path.join(process.cwd(), 'public', 'search-index');
export const MANIFEST = path.join(process.cwd(), '.cache', 'search-index.json');

export type SearchManifest = { url: string; documents: number; bytes: number };

export function searchIndexUrl(): string {
  try {
    return (JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as SearchManifest).url;
  } catch {
    throw new Error('No search index: run "npm run build" (or "npm run build:search") first.');
  }
}
