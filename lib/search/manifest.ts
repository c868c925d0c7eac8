/** Where the built search index waits to be published; written by scripts/build-search.ts, read by pages at build time. */
import fs from 'node:fs';
import { workDir } from '../work-dir';

/** The index files, in <hash>/ folders, copied into the site by scripts/finish-export.ts. */
export const indexDir = () => workDir('search-index');
const manifestFile = () => workDir('search-index.json');

export type SearchManifest = { url: string; hash: string; documents: number; bytes: number };

export function writeSearchManifest(manifest: SearchManifest): void {
  fs.mkdirSync(workDir(), { recursive: true });
  fs.writeFileSync(manifestFile(), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readSearchManifest(): SearchManifest {
  try {
    return JSON.parse(fs.readFileSync(manifestFile(), 'utf8')) as SearchManifest;
  } catch {
    throw new Error('No search index: run "npm run build" (or "npm run build:search") first.');
  }
}

export function searchIndexUrl(): string {
  return readSearchManifest().url;
}
