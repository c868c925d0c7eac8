import assert from 'node:assert/strict';
import { test } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFragment, serialize } from 'parse5';
import { renderToStaticMarkup } from 'react-dom/server';
import { BodyContent } from '../BodyContent';
import { BodyStore } from '../../lib/content/body-store';
import { diskCache } from '../../lib/content/disk-cache';
import { ALLOWED_COMPONENTS } from '../../lib/content/mdx-allow-list';
import { inspectBody } from '../../lib/content/body-rules';
import { mdxComponents } from './index';
import { Callout } from './Callout';
import { Metric } from './Metric';
import { Event, Timeline } from './Timeline';

test('the components MDX receives are exactly the allow-listed ones', () => {
  assert.deepEqual(Object.keys(mdxComponents).sort(), Object.keys(ALLOWED_COMPONENTS).sort());
});

/** The folder the examples that import (Figure, Chart) import their files from. */
const EXAMPLE_FILES = path.join(__dirname, '../../lib/content/__fixtures__/examples');

test('every documented example passes the allow-list', () => {
  for (const [name, rule] of Object.entries(ALLOWED_COMPONENTS)) {
    const body = rule.parent ? `<${rule.parent}>\n${rule.example}\n</${rule.parent}>\n` : `${rule.example}\n`;
    assert.deepEqual(inspectBody({ sourcePath: 'x.mdx', format: 'mdx', body, folder: EXAMPLE_FILES }).problems, [], name);
  }
});

/** The component examples CONTRIBUTING.md shows, with its "…" filled in so they are real bodies. */
function contributingExamples(): string[] {
  const guide = fs.readFileSync(path.join(__dirname, '../../CONTRIBUTING.md'), 'utf8');
  const rows = guide.split('\n').filter((line) => /^\| `(Timeline|Callout|Metric)`/.test(line));
  assert.equal(rows.length, 3, 'the component table of CONTRIBUTING.md');
  return rows.map((row) => {
    const exampleCell = row.split('|').at(-2)!;
    const example = [...exampleCell.matchAll(/`(<[^`]+>)`/g)].map((m) => m[1]);
    const filled = example.map((e) => e.replace('>…<', '>Redundancy only helps when something notices the failure.<').replace('https://…', 'https://example.org/postmortem'));
    return filled.join('\n');
  });
}

test('every documented example renders as HTML a browser keeps as it is (no block inside a paragraph)', () => {
  const store = new BodyStore(diskCache(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-examples-'))));
  const allowListExamples = Object.values(ALLOWED_COMPONENTS).map((rule) => (rule.parent ? `<${rule.parent}>\n${rule.example}\n</${rule.parent}>` : rule.example));
  for (const example of [...contributingExamples(), ...allowListExamples]) {
    // An import goes first: ESM stands at the top of a body.
    const [imports, rest] = example.startsWith('import ') ? example.split(/\n\n(.*)/s) : ['', example];
    const body = `${imports}\n\nBefore.\n\n${rest}\n\nAfter.\n`;
    const html = renderToStaticMarkup(<BodyContent body={store.renderable({ sourcePath: 'x.mdx', format: 'mdx', body, folder: EXAMPLE_FILES })} />);
    // The HTML parser repairs invalid nesting (a <p> closes before an <aside>): what it keeps must be what we wrote.
    // (React closes void elements, <img/>; HTML's serialiser writes <img>: that is not a repair.)
    assert.equal(serialize(parseFragment(html)), html.replace(/\/>/g, '>'), example);
    assert.doesNotMatch(html, /<p><\/p>/, example);
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
