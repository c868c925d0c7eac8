/** Search over the real corpus, as readers use it. */
import assert from 'node:assert/strict';
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
