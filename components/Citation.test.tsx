import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { BodyStore } from '../lib/content/body-store';
import { diskCache } from '../lib/content/disk-cache';
import { BodyContent } from './BodyContent';
import { citationCounts } from './Citation';
import { SourceList } from './SourceList';

const SOURCES = [
  { id: 'aws-summary', title: 'Summary of the event', url: 'https://example.org/summary', kind: 'postmortem' },
  { id: 'news', title: 'A news report', url: 'https://example.org/news', kind: 'news' },
];

test('a citation is a numbered link to its source; the source links back to every place that cites it', () => {
  const store = new BodyStore(diskCache(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-cite-'))));
  const entry = { sourcePath: 'x.mdx', format: 'mdx' as const, body: 'One [@news].\n\nTwo [@aws-summary, ¶3; @news].\n' };
  const tree = store.renderable(entry);
  const body = renderToStaticMarkup(<BodyContent body={tree} sources={SOURCES} />);
  assert.match(body, /One<sup class="citation">\[<a href="#source-news" id="cite-news-1" aria-label="Source 2: A news report">2<\/a>\]<\/sup>\./);
  assert.match(
    body,
    /Two<sup class="citation">\[<a href="#source-aws-summary" id="cite-aws-summary-1" aria-label="Source 1: Summary of the event, ¶3">1, ¶3<\/a>; <a href="#source-news" id="cite-news-2" aria-label="Source 2: A news report">2<\/a>\]<\/sup>\./,
  );

  const checked = store.check(entry);
  assert.ok('facts' in checked);
  const list = renderToStaticMarkup(<SourceList links={SOURCES} citations={citationCounts(checked.facts.citations)} />);
  assert.match(list, /^<ol class="sources"><li id="source-aws-summary">.*<a class="backlink" href="#cite-aws-summary-1" aria-label="Back to citation 1">↑<\/a><\/li>/);
  assert.match(list, /<li id="source-news">.*↑<a class="backlink" href="#cite-news-1" aria-label="Back to citation 1 of 2">a<\/a><a class="backlink" href="#cite-news-2" aria-label="Back to citation 2 of 2">b<\/a>/);
});
