/** Search over the real corpus, as readers use it. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from '../content/load';
import { buildSearchIndex } from './build';
import { createSearcher } from './query';

const corpus = loadCorpus(path.join(__dirname, '../../content'));
const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(corpus))));

test('every incident is found by its own title in the top three', () => {
  const misses = corpus.incidents.filter((i) => !searcher.search(i.title, { limit: 3 }).some((r) => r.document.url === i.url));
  assert.deepEqual(misses.map((i) => i.title), []);
});

test('every talk and failure class is found by its title in the top three', () => {
  for (const entry of [...corpus.talks, ...corpus.failureClasses]) {
    assert.ok(searcher.search(entry.title, { limit: 3 }).some((r) => r.document.url === entry.url), entry.title);
  }
});

test('the index holds every published entry once', () => {
  const urls = searcher.documents.map((d) => d.url).sort();
  const expected = [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses].map((e) => e.url).sort();
  assert.deepEqual(urls, expected);
});

test('the judged queries of npm run eval:search are at least 80, and name incidents that exist', () => {
  const judged = JSON.parse(fs.readFileSync(path.join(__dirname, 'judged-queries.json'), 'utf8')) as { query: string; relevant: string[] }[];
  assert.ok(judged.length >= 80, `${judged.length} judged queries`);
  const slugs = new Set(corpus.incidents.map((i) => i.slug));
  assert.deepEqual(judged.flatMap((j) => j.relevant.filter((slug) => !slugs.has(slug)).map((slug) => `${j.query}: ${slug}`)), []);
  assert.equal(new Set(judged.map((j) => j.query)).size, judged.length, 'no query twice');
});
