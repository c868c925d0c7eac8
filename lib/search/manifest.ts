/** Where the built search index waits to be published; written by scripts/build-search.ts. */
import fs from 'node:fs';
import { workDir } from '../build-context';

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

/**
 * The URL pages load the index from: constant, so that pages do not change when only the index
 * does. It points into the current <hash>/ folder, whose files a CDN may cache for ever.
 */
export const SEARCH_INDEX_URL = '/search-index/manifest.json';

/** The manifest published at SEARCH_INDEX_URL, for the index in the <hash>/ folder. */
export function currentManifest(manifestInFolder: string, hash: string): string {
  return JSON.stringify({ ...(JSON.parse(manifestInFolder) as object), base: `${hash}/` });
}
