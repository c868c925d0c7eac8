/**
 * What "save for offline" saves (components/enhance/offline.ts): every page of the site, the
 * search index, and the files pages load (Next's static files, the site script and its chunks,
 * images, the incident filter's cards). Not the feeds, the dataset, the sitemap or the worker.
 * scripts/render-details.ts writes it into the finished site, before it goes live:
 * /offline.json (how many files, how many bytes: what the page states before saving) and
 * /offline-files.json (the URLs, fetched only when a reader asks to save).
 */
import fs from 'node:fs';
import path from 'node:path';

export const OFFLINE_SUMMARY = 'offline.json';
export const OFFLINE_FILES = 'offline-files.json';
const LEFT_OUT = /^(feed\.xml|atom\.xml|feed\.json|sitemap\.xml|robots\.txt|sw\.js|404\.html|offline\.json|offline-files\.json|data\/.*|failure-classes\/[^/]+\/feed\.xml)$/;

export type OfflineSummary = { files: number; bytes: number };

export function writeOfflineList(site: string): OfflineSummary {
  const urls: string[] = [];
  let bytes = 0;
  for (const entry of fs.readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (LEFT_OUT.test(file) || (file.endsWith('.html') && !file.endsWith('index.html'))) continue;
    urls.push(file === 'index.html' ? '/' : `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
    bytes += fs.statSync(path.join(site, file)).size;
  }
  urls.sort();
  const summary = { files: urls.length, bytes };
  for (const [name, content] of [[OFFLINE_FILES, urls], [OFFLINE_SUMMARY, summary]] as const) {
    // New files, not writes into the last build's: a rebuild's site starts as links to its files.
    fs.rmSync(path.join(site, name), { force: true });
    fs.writeFileSync(path.join(site, name), JSON.stringify(content));
  }
  return summary;
}
