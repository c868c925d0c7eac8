import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from './load';
import type { Incident } from './model';
import { neighbours, organizationSlug, organizations, relatedIncidents, taggedWith } from './taxonomy';

const corpus = loadCorpus(path.join(__dirname, '../../e2e/fixtures/content'));

test('organisation slugs are URL-safe and stable', () => {
  assert.equal(organizationSlug('Amazon Web Services'), 'amazon-web-services');
  assert.equal(organizationSlug('Meta (Facebook)'), 'meta-facebook');
  assert.equal(organizationSlug('AT&T'), 'at-and-t');
  assert.equal(organizationSlug('Société Générale'), 'societe-generale');
});

test('an organisation named without Latin letters still gets a stable, non-empty slug', () => {
  const slug = organizationSlug('グーグル合同会社');
  assert.match(slug, /^org-[0-9a-f]{8}$/);
  assert.equal(organizationSlug(' グーグル合同会社 '), slug, 'surrounding spaces do not matter');
  assert.equal(organizationSlug('グーグル合同会社'.normalize('NFD')), slug, 'nor the Unicode normal form');
  assert.notEqual(organizationSlug('株式会社サンプル'), slug);
});

test('organisations group their incidents, newest first', () => {
  const orgs = organizations(corpus);
  assert.deepEqual(orgs.map((o) => o.slug), ['example-cloud', 'other-org']);
  assert.deepEqual(orgs[0].incidents.map((i) => i.date), ['2012-06-30', '2011-03-17']);
});

test('a class lists every incident and talk tagged with it', () => {
  const gray = taggedWith(corpus, 'gray-failure');
  assert.equal(gray.incidents.length, 2);
  assert.equal(gray.talks.length, 1);
  assert.equal(taggedWith(corpus, 'config-change').incidents.length, 1);
});

test('related: the related field first, then shared failure classes; never itself', () => {
  const [newer, older] = corpus.incidents;
  assert.deepEqual(relatedIncidents(corpus, newer).map((i) => i.slug), [older.slug]);
  assert.deepEqual(relatedIncidents(corpus, older).map((i) => i.slug), [newer.slug]);
  const talk = corpus.talks[0];
  assert.equal(relatedIncidents(corpus, talk)[0].slug, '2011-03-17-example-router');
});

test('related ranks by the number of shared classes', () => {
  const make = (slug: string, classes: string[]): Incident =>
    ({ ...corpus.incidents[0], slug, failureClasses: classes, related: undefined }) as Incident;
  const one = make('one', ['a']);
  const two = make('two', ['a', 'b']);
  const none = make('none', ['z']);
  const self = make('self', ['a', 'b']);
  const synthetic = { ...corpus, incidents: [one, none, two, self] };
  assert.deepEqual(relatedIncidents(synthetic, self).map((i) => i.slug), ['two', 'one']);
});

test('related also finds an incident alike in text that shares no class, and never one alike in neither', () => {
  const make = (slug: string, classes: string[], title: string, summary: string): Incident =>
    ({ ...corpus.incidents[0], slug, failureClasses: classes, related: undefined, title, summary }) as Incident;
  const self = make('self', ['a'], 'Leap second froze the Java search cluster', 'The inserted leap second left Java threads spinning on every search node.');
  const alike = make('alike', ['z'], 'Java threads spin after a leap second', 'A leap second made Java threads spin and search nodes stall.');
  const sameClass = make('same-class', ['a'], 'A generator did not start', 'The power cut outlasted the batteries.');
  const neither = make('neither', ['q'], 'Disk filled with logs', 'Verbose logging filled the disk of the queue hosts.');
  const synthetic = { ...corpus, incidents: [alike, sameClass, neither, self], talks: [] };
  const related = relatedIncidents(synthetic, self).map((i) => i.slug);
  assert.ok(related.includes('alike'), related.join());
  assert.ok(related.includes('same-class'), related.join());
  assert.ok(!related.includes('neither'), related.join());
});

test('previous is older, next is newer', () => {
  const [newer, older] = corpus.incidents;
  assert.deepEqual(neighbours(corpus.incidents, older), { previous: undefined, next: newer });
  assert.deepEqual(neighbours(corpus.incidents, newer), { previous: older, next: undefined });
});
