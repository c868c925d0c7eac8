/**
 * Incident numbers, error codes and figures must be searchable. lunr's TokenSet#toString lets some
 * numbers collide while the index's token set is built, making them unfindable (lunr.js #503);
 * lib/search/lunr.ts patches it. Proven over every number of the real corpus and of a generated
 * 1,000-incident corpus (where unpatched lunr loses dozens).
 */
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../scripts/corpus-generator';
import { loadCorpus } from '../content/load';
import type { Corpus } from '../content';
import { buildSearchIndex } from './build';
import { lunr } from './lunr';
import { createSearcher } from './query';

function everyNumberIsFound(corpus: Corpus): { numbers: number; missing: string[] } {
  const payload = JSON.parse(JSON.stringify(buildSearchIndex(corpus)));
  // Node ids restart on a fresh page; small ids are where "1"+"23" meets "12"+"3".
  (lunr.TokenSet as unknown as { _nextId: number })._nextId = 1;
  const searcher = createSearcher(payload);
  const terms = Object.keys(payload.index.invertedIndex.length ? Object.fromEntries(payload.index.invertedIndex) : {});
  const numbers = terms.filter((t) => /^\d+(\.\d+)?$/.test(t));
  const missing = numbers.filter((n) => searcher.search(n).length === 0);
  return { numbers: numbers.length, missing };
}

test('every number in the real corpus is found', () => {
  const { numbers, missing } = everyNumberIsFound(loadCorpus(path.join(__dirname, '../../content')));
  assert.ok(numbers > 100, `${numbers} numbers`);
  assert.deepEqual(missing, []);
});

test('a token set of numbers keeps every number, however its node ids fall', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const TokenSet = lunr.TokenSet as unknown as { _nextId: number; fromArray(a: string[]): { toArray(): string[] } };
  for (let trial = 0; trial < 200; trial++) {
    const numbers = new Set<string>();
    while (numbers.size < 2000) numbers.add(String(Math.floor(random() * 100000)));
    const sorted = [...numbers].sort();
    TokenSet._nextId = 1;
    assert.deepEqual(TokenSet.fromArray(sorted).toArray().sort(), sorted, `trial ${trial}`);
  }
});

test('every number in a generated 1,000-incident corpus is found', { timeout: 300_000 }, () => {
  const dir = path.join(os.tmpdir(), `faultline-numbers-${process.pid}`);
  generateCorpus(dir, { count: 1000, seed: 42 });
  const { numbers, missing } = everyNumberIsFound(loadCorpus(dir));
  assert.ok(numbers > 5000, `${numbers} numbers`);
  assert.deepEqual(missing, []);
});
