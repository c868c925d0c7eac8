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
import { parseQuery } from './terms';

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
      assert.deepEqual((await sharded.details(actual)).map((r) => r.document), expected.map((r) => r.document), q);
    }
  }
});

test('a query reads only the files it needs', async () => {
  const corpus = loadCorpus(path.join(__dirname, '../../content'));
  const { sharded, fetched, files } = both(corpus);
  await sharded.search('router', { limit: 10 });
  assert.equal(fetched.length, 1, `router: ${fetched.join(', ')}`);
  await sharded.search('power outage in one zone', { limit: 10 });
  assert.ok(fetched.length < files.size / 4, `${fetched.length} of ${files.size} files`);
  assert.deepEqual(await sharded.search(''), []);
  assert.deepEqual(await sharded.search('*'), []);
});

/** A fresh sharded searcher that counts a query's round trips: a fetch started after another came back is one deeper. */
function roundTrips(files: Map<string, string>) {
  let settled = 0;
  let rounds = 0;
  const searcher = createShardedSearcher(JSON.parse(files.get('manifest.json')!), async (file) => {
    const depth = settled + 1;
    await new Promise((ok) => setImmediate(ok));
    settled = Math.max(settled, depth);
    rounds = Math.max(rounds, depth);
    return JSON.parse(files.get(file)!);
  });
  return async (query: string) => {
    settled = rounds = 0;
    await searcher.search(query, { limit: 10 });
    return rounds;
  };
}

test("a new one-word query is one round trip: its results' records come with its postings", async () => {
  const corpus = loadCorpus(path.join(__dirname, '../../content'));
  const { files } = both(corpus);
  const words = new Set(corpus.incidents.flatMap((i) => i.title.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length > 3));
  let checked = 0;
  for (const word of words) {
    // A stop word is no query; a word of the vocabulary also asks for its equivalents, whose best documents may differ.
    const { needs } = parseQuery(word);
    if (needs.length === 0 || needs.some((n) => n.equivalents.length > 0)) continue;
    assert.equal(await roundTrips(files)(word), 1, word);
    checked++;
  }
  assert.ok(checked > 200, `${checked} words`);
});
