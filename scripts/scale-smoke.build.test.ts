/**
 * The scale benchmark at CI size: a generated corpus of 300 incidents builds completely — every
 * incident has its page, its search entry, its sitemap and feed entry, and a place in the paged
 * lists. It checks that nothing is lost at scale, not how fast (that is `npm run bench`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from '../lib/content/load';
import { PAGE_SIZE } from '../lib/content/paginate';
import { generateCorpus } from './corpus-generator';

const ROOT = path.resolve(__dirname, '..');
const OUT = '.cache/scale-smoke/out';

test('a generated corpus of 300 incidents builds completely', { timeout: 900_000 }, () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-smoke-content-'));
  generateCorpus(content, { count: 300, seed: 7 });
  const corpus = loadCorpus(content);
  fs.rmSync(path.join(ROOT, OUT), { recursive: true, force: true });
  execFileSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, CONTENT_DIR: content, FAULTLINE_OUT_DIR: OUT, FAULTLINE_WORK_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-smoke-work-')) },
  });
  const out = path.join(ROOT, OUT);
  const entries = [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses];
  assert.equal(corpus.incidents.length, 300);

  const missingPages = entries.filter((e) => !fs.existsSync(path.join(out, e.url, 'index.html')));
  assert.deepEqual(missingPages.map((e) => e.url), []);

  const { base } = JSON.parse(fs.readFileSync(path.join(out, 'search-index', 'manifest.json'), 'utf8')) as { base: string };
  const hash = base.replace(/\/$/, '');
  const stores = fs.readdirSync(path.join(out, 'search-index', hash, 's'));
  const searchable = new Set(stores.flatMap((f) => JSON.parse(fs.readFileSync(path.join(out, 'search-index', hash, 's', f), 'utf8')).map((d: { url: string }) => d.url)));
  assert.deepEqual(entries.filter((e) => !searchable.has(e.url)).map((e) => e.url), []);

  const sitemap = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  assert.deepEqual(entries.filter((e) => !sitemap.includes(`${e.url}</loc>`)).map((e) => e.url), []);
  const feed = JSON.parse(fs.readFileSync(path.join(out, 'feed.json'), 'utf8'));
  assert.equal(feed.items.length, corpus.incidents.length + corpus.talks.length);

  // Every incident on exactly one numbered page of the list.
  const pages = Math.ceil(300 / PAGE_SIZE);
  const listed = Array.from({ length: pages }, (_, i) => fs.readFileSync(path.join(out, 'incidents', ...(i === 0 ? [] : ['page', String(i + 1)]), 'index.html'), 'utf8'))
    .flatMap((html) => [...html.matchAll(/<h2 class="entry-title"><a href="(\/incidents\/[^"]+)"/g)].map((m) => m[1]));
  assert.equal(listed.length, 300);
  assert.deepEqual([...listed].sort(), corpus.incidents.map((i) => i.url).sort());
  assert.ok(!fs.existsSync(path.join(out, 'incidents', 'page', String(pages + 1))));
});
