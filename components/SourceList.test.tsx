import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { SourceList } from './SourceList';

test('a source with an archived copy offers it beside the live link; one without offers nothing', () => {
  const html = renderToStaticMarkup(
    <SourceList
      links={[
        { title: 'Summary of the event', url: 'https://example.org/summary', kind: 'postmortem', archived: 'https://web.archive.org/web/20110429000000/https://example.org/summary' },
        { title: 'A news report', url: 'https://example.org/news', kind: 'news' },
      ]}
    />,
  );
  const [first, second] = html.split('</li>');
  assert.match(first, /<a href="https:\/\/example\.org\/summary"[^>]*>Summary of the event<\/a>/);
  assert.match(first, /<a class="archived" href="https:\/\/web\.archive\.org\/web\/20110429000000\/https:\/\/example\.org\/summary" rel="external noopener" aria-label="Archived copy: Summary of the event">archived copy<\/a>/);
  assert.doesNotMatch(second, /archived/);
});
