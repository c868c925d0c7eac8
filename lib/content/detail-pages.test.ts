import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { detailPageDigests } from './detail-pages';
import { loadCorpus, toCorpus } from './load';
import type { ContentEntry } from './model';

const fixture = () => loadCorpus(path.resolve(__dirname, '../../e2e/fixtures/content'));

function changedPages(edit: (entries: ContentEntry[]) => void): string[] {
  const before = detailPageDigests(fixture());
  const entries = [...fixture().bySlug.values()];
  edit(entries);
  const after = detailPageDigests(toCorpus(entries));
  return [...after].filter(([url, digest]) => before.get(url) !== digest).map(([url]) => url).sort();
}

test('a body edit changes only its own page', () => {
  const changed = changedPages((entries) => {
    const config = entries.find((e) => e.slug === '2012-06-30-example-config')!;
    config.body += '\nOne more sentence.\n';
  });
  assert.deepEqual(changed, ['/incidents/2012-06-30-example-config/']);
});

test('a new title changes the pages that show it: its own, its neighbours and where it is related', () => {
  const changed = changedPages((entries) => {
    entries.find((e) => e.slug === '2011-03-17-example-router')!.title = 'A router fails quietly';
  });
  assert.deepEqual(changed, ['/incidents/2011-03-17-example-router/', '/incidents/2012-06-30-example-config/', '/talks/2017-example-talk/']);
});

test('a renamed failure class changes the pages of the entries in it', () => {
  const changed = changedPages((entries) => {
    entries.find((e) => e.slug === 'gray-failure')!.title = 'Grey failure';
  });
  const inClass = [...fixture().bySlug.values()].filter((e) => e.kind !== 'failure-class' && e.failureClasses.includes('gray-failure')).map((e) => e.url);
  assert.ok(inClass.length > 0);
  assert.deepEqual(changed, inClass.sort());
});
