/**
 * Builds the sharded search index (lib/search/shards.ts) into the work folder, under
 * search-index/<hash of its content>/ — published at /search-index/<hash>/, a CDN may cache it for
 * ever — and records its manifest's URL for the pages. `npm run build` runs it after the check;
 * scripts/publish-search.ts copies it into the site.
 *
 * With --public it builds `npm run dev`'s index instead (scripts/dev.ts runs it at start and after
 * every content change), into public/search-index/ where next dev serves it: of what the preview
 * shows — every file without problems, drafts included — printing the problems of the others rather
 * than stopping. It is never published: next build copies public/ into the export, but
 * scripts/publish-search.ts then leaves only the build's own index there (drafts.build.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDir, previewContent, type Corpus } from '../lib/content';
import { loadCorpus } from '../lib/content/load';
import { formatProblem } from '../lib/content/problems';
import { buildSearchWeights } from '../lib/search/build';
import { currentManifest, indexDir, writeSearchManifest } from '../lib/search/manifest';
import { shardIndex } from '../lib/search/shards';

const started = performance.now();
const forDev = process.argv.includes('--public');

function previewCorpus(): Corpus {
  const { corpus, problems } = previewContent();
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.file)).size;
    console.error(`${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: left out of the preview; their pages list the problems.`);
  }
  return corpus;
}

const { manifest, files, hash } = shardIndex(buildSearchWeights(forDev ? previewCorpus() : loadCorpus(contentDir())));
const target = forDev ? path.resolve('public', 'search-index') : indexDir();

// The new <hash>/ folder first, then the manifest that points to it, then away with older folders:
// a reader searching the dev server meanwhile loads one whole index or the other.
for (const [name, content] of files) {
  fs.mkdirSync(path.dirname(path.join(target, hash, name)), { recursive: true });
  fs.writeFileSync(path.join(target, hash, name), content);
}
fs.writeFileSync(path.join(target, 'manifest.json.tmp'), currentManifest(files.get('manifest.json')!, hash));
fs.renameSync(path.join(target, 'manifest.json.tmp'), path.join(target, 'manifest.json'));
for (const name of fs.readdirSync(target)) {
  if (name !== hash && name !== 'manifest.json') fs.rmSync(path.join(target, name), { recursive: true, force: true });
}
const bytes = [...files.values()].reduce((sum, content) => sum + content.length, 0);
const record = { url: `/search-index/${hash}/manifest.json`, hash, documents: manifest.documents, bytes };
// Only a build's index is recorded for publishing; the dev index holds drafts.
if (!forDev) writeSearchManifest(record);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
// The compressed size of the whole index is the benchmark's (npm run bench:search): gzipping
// every file would cost a large build seconds.
console.log(
  `search index${forDev ? ' (dev, drafts included)' : ''}: ${manifest.documents} documents in ${files.size} files, ${kb(bytes)}; ` +
    `manifest ${kb(gzipSync(files.get('manifest.json')!).length)} gzipped → ${record.url} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
