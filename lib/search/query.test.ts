import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from '../content/load';
import type { Corpus, Incident } from '../content';
import { buildSearchIndex } from './build';
import { createSearcher } from './query';
import { parseQuery } from './terms';

const corpus = loadCorpus(path.join(__dirname, '../../e2e/fixtures/content'));

/** A small corpus of synthetic incidents on top of the fixture classes. */
function withIncidents(extra: Partial<Incident>[]): Corpus {
  const base = corpus.incidents[1];
  const incidents = extra.map((e, i) => ({ ...base, related: undefined, slug: `x-${i}`, url: `/incidents/x-${i}/`, body: '', ...e }) as Incident);
  return { ...corpus, incidents, talks: [], bySlug: new Map([...corpus.bySlug, ...incidents.map((i) => [i.slug, i] as const)]) };
}

const roundTrip = (c: Corpus) => createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(c))));
const titles = (results: { document: { title: string } }[]) => results.map((r) => r.document.title);

const searcher = roundTrip(
  withIncidents([
    { title: 'Router drops packets silently', summary: 'A core router lost packets and nobody noticed for hours.', body: '## Root cause\n\nThe router was half broken.\n' },
    { title: 'Retry storm against the metadata service', summary: 'Clients retried without backoff and the metadata service collapsed under the load.' },
    { title: 'Certificate expiry stops every add-on', summary: 'An intermediate certificate expired at midnight and add-ons stopped working for everyone.' },
    { title: 'Routing table corruption in one region', summary: 'A routing change corrupted tables; packets were sent nowhere for twenty minutes.' },
    { title: 'Japanese and accented text: 障害報告 and café', summary: 'A fixture with 東京リージョンの障害 and an Arabic word الشبكة and the word naïve in it.' },
    { title: 'Numbers in text: error 503 and message 41926', summary: 'Peak of 1.35 Tbps, 126.9 million packets, HTTP 503 errors, incident 41926 and 2011 too.' },
    { title: 'A storm of configuration pushes', summary: 'Configuration was pushed to every region at once, without a canary or a staged rollout.' },
  ]),
);


test('documents matching every term come first, then those matching fewer, by how many they match', () => {
  const results = titles(searcher.search('router packets silently region'));
  assert.deepEqual(results.slice(0, 3), [
    'Router drops packets silently', // router, packets, silently
    'Routing table corruption in one region', // packets, region
    'A storm of configuration pushes', // region
  ]);
});

test('one document matching every term does not hide those matching all but one', () => {
  const results = titles(searcher.search('router packets'));
  assert.equal(results[0], 'Router drops packets silently');
  assert.ok(results.includes('Routing table corruption in one region'), 'packets alone still counts');
  assert.ok(titles(searcher.search('router zebra')).includes('Router drops packets silently'));
});

test('results say whether they match every word; partial caps only those that do not', () => {
  const results = searcher.search('router packets');
  assert.deepEqual(results.map((r) => r.complete).slice(0, 2), [true, false]);
  assert.ok(results.length > 2);
  assert.deepEqual(titles(searcher.search('router packets', { partial: 1 })), titles(results).slice(0, 2));
  assert.deepEqual(titles(searcher.search('router packets', { partial: 0 })), titles(results).slice(0, 1));
});

test('a title match outranks a passing mention in the body or summary', () => {
  assert.equal(titles(searcher.search('storm'))[0], 'A storm of configuration pushes');
  assert.equal(titles(searcher.search('certificate'))[0], 'Certificate expiry stops every add-on');
});

test('the last word is also a prefix while typing, not otherwise', () => {
  assert.ok(titles(searcher.search('metad', { typing: true })).includes('Retry storm against the metadata service'));
  assert.deepEqual(searcher.search('metad'), []);
});

test('one-edit fuzzy matching for words of five letters or more, not shorter', () => {
  assert.ok(titles(searcher.search('certifcate')).includes('Certificate expiry stops every add-on'));
  assert.ok(titles(searcher.search('mxtadatx')).length === 0, 'two edits are too many');
  assert.ok(titles(searcher.search('metadta')).includes('Retry storm against the metadata service'));
  assert.ok(titles(searcher.search('rooter')).includes('Router drops packets silently'));
  assert.deepEqual(searcher.search('rotr'), []);
});

test('adjacent words in a title are a phrase and lift that result', () => {
  assert.equal(titles(searcher.search('retry storm'))[0], 'Retry storm against the metadata service');
});

test('non-Latin and accented text is searchable, not trimmed away', () => {
  for (const q of ['障害', '東京', 'الشبكة', 'cafe', 'café', 'naive', 'Naïve']) {
    assert.ok(titles(searcher.search(q)).includes('Japanese and accented text: 障害報告 and café'), q);
  }
});

test('numbers, error codes and decimals are searchable', () => {
  for (const q of ['503', '41926', '1.35', '126.9', '2011']) {
    assert.equal(titles(searcher.search(q))[0], 'Numbers in text: error 503 and message 41926', q);
  }
});

test('blank input, punctuation and stop words alone are no search at all', () => {
  for (const q of ['', '   ', '\n\t', '*', '"', '::', 'the', 'and of the', '—']) {
    assert.deepEqual(searcher.search(q), [], JSON.stringify(q));
    assert.equal(parseQuery(q).needs.length, 0, JSON.stringify(q));
  }
});

test("a possessive is its word: \"router's\" asks for router, not for router and s", () => {
  assert.equal(parseQuery("router's packets").needs.length, 2);
  assert.deepEqual(titles(searcher.search('router’s packets')), titles(searcher.search('router packets')));
});

test("lunr's query syntax in the input is just text", () => {
  assert.deepEqual(titles(searcher.search('router:')), titles(searcher.search('router')));
  assert.deepEqual(titles(searcher.search('+router -packets')), titles(searcher.search('router packets')));
  assert.deepEqual(titles(searcher.search('router~2')), titles(searcher.search('router 2')));
  assert.deepEqual(titles(searcher.search('title:router^10')), titles(searcher.search('title router 10')));
});

/** A seeded generator of hostile inputs: lunr syntax, quotes, emoji, prototype names, long strings. */
function* hostileInputs(count: number): Generator<string> {
  let seed = 0x5eed;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const atoms = ['foo:', ':', '*', '~', '^', '+', '-', 'fail~x', 'a^', '~1', '"', "'", '\\', '(', ')', '[', ']', '{', '}', '__proto__', 'constructor',
    'prototype', 'toString', 'hasOwnProperty', '🙂', '👩‍💻', '\u0000', '\u200b', '\ufeff', 'router', 'storm', '障害', 'الشبكة', 'é', '%00', '<script>', '&amp;', 'null', 'undefined', 'NaN', '1e309', '0x10', '.', '..', '...', '1.', '.5'];
  yield 'x'.repeat(5000);
  yield 'router '.repeat(800);
  yield Array.from({ length: 5000 }, (_, i) => String.fromCharCode(32 + (i % 95))).join('');
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(random() * 6);
    yield Array.from({ length: n }, () => atoms[Math.floor(random() * atoms.length)]).join(random() < 0.5 ? ' ' : '');
  }
}

test('thousands of hostile inputs: no throw, no hang, never everything', () => {
  const everything = searcher.documents.length;
  let checked = 0;
  for (const input of hostileInputs(5000)) {
    const started = performance.now();
    for (const typing of [false, true]) {
      const results = searcher.search(input, { typing });
      assert.ok(results.length < everything, `everything matched ${JSON.stringify(input.slice(0, 40))}`);
      const terms = parseQuery(input, typing).needs;
      if (terms.length === 0) assert.deepEqual(results, [], JSON.stringify(input));
    }
    assert.ok(performance.now() - started < 500, `slow: ${JSON.stringify(input.slice(0, 40))}`);
    checked++;
  }
  assert.ok(checked > 5000);
});
