import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ndcgAt, reciprocalRank, successAt } from './relevance';

const relevant = new Set(['a', 'b']);

test('success@k: a relevant result within the first k', () => {
  assert.equal(successAt(5, ['x', 'y', 'a'], relevant), 1);
  assert.equal(successAt(2, ['x', 'y', 'a'], relevant), 0);
  assert.equal(successAt(5, [], relevant), 0);
});

test('reciprocal rank: one over the first relevant rank', () => {
  assert.equal(reciprocalRank(['a'], relevant), 1);
  assert.equal(reciprocalRank(['x', 'x', 'x', 'b'], relevant), 0.25);
  assert.equal(reciprocalRank(['x'], relevant), 0);
});

test('nDCG@k: 1 when the relevant documents lead, less when they come later, 0 when absent', () => {
  assert.equal(ndcgAt(10, ['a', 'b', 'x'], relevant), 1);
  assert.equal(ndcgAt(10, ['b', 'a'], relevant), 1);
  const late = ndcgAt(10, ['x', 'a', 'b'], relevant);
  assert.ok(late > 0 && late < 1, String(late));
  // One of two relevant documents found first: 1 / (1 + 1/log2(3)).
  assert.ok(Math.abs(ndcgAt(10, ['a', 'x'], relevant) - 1 / (1 + 1 / Math.log2(3))) < 1e-12);
  assert.equal(ndcgAt(10, ['x', 'y'], relevant), 0);
});
