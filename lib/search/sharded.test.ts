/**
 * The sharded searcher must answer as the one-file lunr searcher does: the same top ten, in the same
 * order, for the same queries — on the real corpus and on a generated one — while reading only the
 * files a query needs.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from '../content/load';
import type { Corpus } from '../content';
import { buildSearchIndex } from './build';
import { createSearcher } from './query';
import { createShardedSearcher } from './sharded';
import { shardIndex } from './shards';

function both(corpus: Corpus) {
  const payload = JSON.parse(JSON.stringify(buildSearchIndex(corpus)));
  const { files } = shardIndex(payload);
  const fetched: string[] = [];
  const sharded = createShardedSearcher(JSON.parse(files.get('manifest.json')!), async (file) => {
    fetched.push(file);
    return JSON.parse(files.get(file)!);
  });
  return { single: createSearcher(payload), sharded, fetched, files };
}

function queriesOf(corpus: Corpus): string[] {
  const queries = ['router packet loss', 'retry storm', 'certificate', 'us-east-1', '41926', 'metastabel', 'rooter', 'leap second', 'certif', 'dns', 'power', 'gray failure', 'config', 'backoff jitter', 'database failover'];
  for (const entry of [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses]) {
    const words = entry.title.split(/\s+/);
    queries.push(entry.title, words.slice(0, 2).join(' '), words[words.length - 1], entry.summary.split(/\s+/).slice(3, 6).join(' '));
  }
  return queries;
}

test('the sharded searcher ranks exactly as the one-file searcher on the real corpus', async () => {
  const corpus = loadCorpus(path.join(__dirname, '../../content'));
  const { single, sharded } = both(corpus);
  for (const q of queriesOf(corpus)) {
    for (const typing of [false, true]) {
      const expected = single.search(q, { typing, limit: 10 });
      const actual = await sharded.search(q, { typing, limit: 10 });
      assert.deepEqual(actual.map((r) => r.document.url), expected.map((r) => r.document.url), `${JSON.stringify(q)} typing=${typing}`);
      actual.forEach((r, i) => assert.ok(Math.abs(r.score - expected[i].score) < 1e-9, q));
      assert.deepEqual(actual.map((r) => [...r.matched].sort()), expected.map((r) => [...r.matched].sort()), q);
    }
  }
});

test('a query reads only the files it needs', async () => {
  const corpus = loadCorpus(path.join(__dirname, '../../content'));
  const { sharded, fetched, files } = both(corpus);
  await sharded.search('router', { limit: 10 });
  assert.ok(fetched.length <= 1 + 10, `${fetched.length} files`);
  assert.ok(fetched.length < files.size / 4, `${fetched.length} of ${files.size} files`);
  assert.deepEqual(await sharded.search(''), []);
  assert.deepEqual(await sharded.search('*'), []);
});
