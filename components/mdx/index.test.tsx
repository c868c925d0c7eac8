import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { ALLOWED_COMPONENTS } from '../../lib/content/mdx-allow-list';
import { inspectBody } from '../../lib/content/body-rules';
import { mdxComponents } from './index';
import { Callout } from './Callout';
import { Metric } from './Metric';
import { Event, Timeline } from './Timeline';

test('the components MDX receives are exactly the allow-listed ones', () => {
  assert.deepEqual(Object.keys(mdxComponents).sort(), Object.keys(ALLOWED_COMPONENTS).sort());
});

test('every documented example passes the allow-list', () => {
  for (const [name, rule] of Object.entries(ALLOWED_COMPONENTS)) {
    const body = rule.parent ? `<${rule.parent}>\n${rule.example}\n</${rule.parent}>\n` : `${rule.example}\n`;
    assert.deepEqual(inspectBody({ sourcePath: 'x.mdx', format: 'mdx', body }).problems, [], name);
  }
});

test('a timeline is an ordered list with times in their zone', () => {
  const html = renderToStaticMarkup(
    <Timeline>
      <Event time="19:28" zone="PDT" date="2011-03-17">Loss begins</Event>
    </Timeline>,
  );
  assert.match(html, /^<ol class="timeline"><li class="timeline-event"><span class="timeline-time">2011-03-17 19:28 PDT<\/span>/);
});

test('a callout is a labelled aside; a metric names its source', () => {
  assert.match(renderToStaticMarkup(<Callout kind="lesson" title="Watch the watchers">x</Callout>), /<aside class="callout callout-lesson" aria-label="Lesson: Watch the watchers">/);
  assert.match(renderToStaticMarkup(<Metric value="4 h 17 min" label="S3 outage" source="https://example.org/" />), /<p class="metric-value">4 h 17 min<\/p><figcaption>S3 outage \(<a href="https:\/\/example.org\/"/);
});
