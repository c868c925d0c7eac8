/** What the corpus promises readers (the corpus issue), checked on the real content/. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from './load';
import { taggedWith } from './taxonomy';
import { BRIEF_WORDS, depthOf, OFFICIAL_KINDS, wordCount } from './depth';

const corpus = loadCorpus(path.join(__dirname, '../../content'));

const CLASS_IDS = [
  'gray-failure', 'api-degradation', 'cascading-failure', 'metastable-failure', 'config-change', 'resource-exhaustion',
  'dependency-failure', 'network-and-routing', 'data-loss', 'time-and-clocks', 'expiry', 'operator-action',
  'power-and-hardware', 'monitoring-blind-spot', 'failover-failure', 'security',
];
const INCIDENT_SECTIONS = ['Summary', 'Timeline', 'Root cause', 'Impact', 'Detection and response', 'Lessons'];

const words = wordCount;

test('the taxonomy has the sixteen classes', () => {
  assert.deepEqual(corpus.failureClasses.map((c) => c.id).sort(), [...CLASS_IDS].sort());
});

// A class page shows how often a way of failing recurs only with enough incidents behind it.
test('the catalogue: at least 200 incidents and 20 talk notes; every class has at least 6 incidents, gray failure at least 10', () => {
  assert.ok(corpus.incidents.length >= 200, `${corpus.incidents.length} incidents`);
  assert.ok(corpus.talks.length >= 20, `${corpus.talks.length} talk notes`);
  for (const id of CLASS_IDS) {
    const n = taggedWith(corpus, id).incidents.length;
    assert.ok(n >= (id === 'gray-failure' ? 10 : 6), `${id} has ${n} incident(s)`);
  }
});

test('at least forty writeups, each with the sections and 400–1,200 words', () => {
  const writeups = corpus.incidents.filter((i) => depthOf(i) === 'writeup');
  assert.ok(writeups.length >= 40, `${writeups.length} writeups`);
  for (const incident of writeups) {
    for (const section of INCIDENT_SECTIONS) {
      assert.match(incident.body, new RegExp(`^## ${section}\\s*$`, 'm'), `${incident.slug}: ${section}`);
    }
    const n = words(incident.body);
    assert.ok(n >= 400 && n <= 1200, `${incident.slug}: ${n} words`);
  }
});

test('every brief is 60–250 words and cites the organisation\'s own account', () => {
  for (const brief of corpus.incidents.filter((i) => depthOf(i) === 'brief')) {
    const n = words(brief.body);
    assert.ok(n >= BRIEF_WORDS.min && n <= BRIEF_WORDS.max, `${brief.slug}: ${n} words`);
    const official = brief.sources.filter((s) => (OFFICIAL_KINDS as readonly string[]).includes(s.kind)).map((s) => s.id);
    assert.ok(official.some((id) => brief.body.includes(`@${id}`)), `${brief.slug} cites no official account`);
  }
});

test('every incident and talk note says when it was added, so the home page can show what is new', () => {
  for (const entry of [...corpus.incidents, ...corpus.talks]) assert.ok(entry.added, `${entry.slug} has no "added" day`);
});

test('the two incidents of the seed document are there, classed as the seed describes', () => {
  const network = corpus.bySlug.get('2011-03-17-aws-us-east-1-network-event');
  assert.ok(network?.kind === 'incident');
  for (const id of ['gray-failure', 'monitoring-blind-spot', 'failover-failure', 'network-and-routing']) {
    assert.ok(network.failureClasses.includes(id), id);
  }
  assert.equal(network.started, '2011-03-17T19:28:00-07:00');
  assert.equal(network.resolved, '2011-03-17T21:56:00-07:00');
  const ebs = corpus.bySlug.get('2011-04-21-aws-ebs-us-east-1-re-mirroring-storm');
  assert.ok(ebs?.kind === 'incident' && ebs.failureClasses.includes('api-degradation'));
});

test('at least six talk notes, the two seed talks among them, each linked to what it illuminates', () => {
  assert.ok(corpus.talks.length >= 6, `${corpus.talks.length} talks`);
  const neale = corpus.talks.filter((t) => t.speakers.includes('Michael Neale'));
  assert.equal(neale.length, 2);
  for (const talk of corpus.talks) assert.ok((talk.related ?? []).length > 0, `${talk.slug} has related entries`);
});
