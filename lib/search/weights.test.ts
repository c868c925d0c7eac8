import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { test } from 'node:test';
import { generateCorpus } from '../../scripts/corpus-generator';
import { loadCorpus } from '../content/load';
import { buildSearchIndex, buildSearchWeights } from './build';
import type { IndexWeights } from './weights';

// Bodies processed for these corpora go to a scratch store, never the real build's.
process.env.FAULTLINE_WORK_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-weights-work-'));

function assertSameWeights(contentDir: string) {
  const corpus = loadCorpus(contentDir);
  const lunrIndex = JSON.parse(JSON.stringify(buildSearchIndex(corpus).index)) as IndexWeights;
  const lean = buildSearchWeights(corpus).index as IndexWeights;
  assert.deepEqual(lean.fields, lunrIndex.fields);
  assert.deepEqual(lean.invertedIndex, lunrIndex.invertedIndex.map(([term, posting]) => [term, { _index: posting._index }]));
  assert.equal(lean.fieldVectors.length, lunrIndex.fieldVectors.length);
  lean.fieldVectors.forEach((vector, i) => assert.deepEqual(vector, lunrIndex.fieldVectors[i], vector[0]));
}

test("the sharded index's weights are lunr's, term for term, on the real corpus", () => {
  assertSameWeights(path.resolve(__dirname, '../../content'));
});

test("the sharded index's weights are lunr's on a generated corpus of 300 incidents", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-weights-'));
  generateCorpus(dir, { count: 300, seed: 7 });
  assertSameWeights(dir);
});
