/**
 * A build step: publishes this build's search index (made by build-search.ts in the work folder)
 * into the site under /search-index/<hash>/, with /search-index/manifest.json pointing to it, and
 * removes any other index a site kept from an earlier build holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { indexDir, readSearchManifest } from '../lib/search/manifest';
import { outDir } from '../lib/build-context';

const target = path.join(outDir(), 'search-index');
const { hash } = readSearchManifest();
if (fs.existsSync(target)) {
  for (const name of fs.readdirSync(target)) if (name !== hash) fs.rmSync(path.join(target, name), { recursive: true, force: true });
}
// The site may start as links to the one being served (build.ts): files are replaced, never written
// through. An index is named by its hash, so one already there is this one.
if (!fs.existsSync(path.join(target, hash))) fs.cpSync(path.join(indexDir(), hash), path.join(target, hash), { recursive: true });
fs.rmSync(path.join(target, 'manifest.json'), { force: true });
fs.copyFileSync(path.join(indexDir(), 'manifest.json'), path.join(target, 'manifest.json'));
console.log(`search index ${hash} published`);
