import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { BodyContent } from '../../components/BodyContent';
import { BodyStore } from './body-store';
import { diskCache } from './disk-cache';
import { pipelineDigest, pipelineFiles } from './pipeline-digest';

const tempStore = (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bodies-'))) => new BodyStore(diskCache(dir));
const entry = (body: string, format: 'md' | 'mdx' = 'mdx') => ({ sourcePath: 'content/incidents/x.mdx', format, body });
const render = (store: BodyStore, body: string, format: 'md' | 'mdx' = 'mdx') =>
  renderToStaticMarkup(<BodyContent body={store.renderable(entry(body, format))} />);

test('renders GFM tables, code blocks, and headings with ids and anchor links', () => {
  const html = render(tempStore(), '## Root cause\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```text\n{braces} <b>\n```\n');
  assert.match(html, /<h2 id="root-cause">Root cause<a class="heading-anchor"[^>]*href="#root-cause"/);
  assert.match(html, /<table>[\s\S]*<td>1<\/td>/);
  assert.match(html, /<pre><code class="language-text">\{braces\} &lt;b&gt;/);
});

test('allow-listed components render in place of their names, with their literal props', () => {
  const html = render(tempStore(), '<Callout kind="warning">\nCheck the **lease**.\n</Callout>\n\n<Metric value="18 min" label="outage" />\n');
  assert.match(html, /<aside[^>]*callout[^>]*>[\s\S]*<strong>lease<\/strong>/);
  assert.doesNotMatch(html, /<Callout|<callout|<Metric|<metric/);
  assert.match(html, /<figure class="metric"><p class="metric-value">18 min/);
});

test('a block component written on one line renders as a block, never inside a paragraph', () => {
  const html = render(tempStore(), 'Before.\n\n<Callout kind="lesson" title="T">One **line**.</Callout>\n\n<Metric value="2 h" label="to recover" />\n\nAfter.\n');
  assert.doesNotMatch(html, /<p>\s*<(aside|figure)|<p><\/p>/);
  assert.match(html, /<\/p>\n<aside class="callout callout-lesson" aria-label="Lesson: T"><p class="callout-title"><strong>Lesson<\/strong>: T<\/p><p>One <strong>line<\/strong>\.<\/p><\/aside>\n<figure class="metric">/);
});

test('.md is plain Markdown: braces and angle brackets are text, and its allowed raw HTML renders', () => {
  const store = tempStore();
  assert.match(render(store, 'Costs {a lot}, 1 < 2 and a > b. H<sub>2</sub>O\n', 'md'), /Costs \{a lot\}, 1 &lt; 2 and a &gt; b\. H<sub>2<\/sub>O/);
  assert.ok('problems' in store.check(entry('Costs {a lot}, 1 < 2 and a > b.\n')) && store.check(entry('Costs {a lot}.\n')).problems.length > 0, 'the same text is invalid MDX');
});

test('a body is processed once: a second store over the same folder reuses it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bodies-'));
  const first = tempStore(dir);
  first.check(entry('## One\n'));
  assert.deepEqual([first.processed, first.reused], [1, 0]);
  const second = tempStore(dir);
  const facts = second.check(entry('## One\n'));
  assert.deepEqual([second.processed, second.reused], [0, 1]);
  assert.ok('facts' in facts && facts.facts.headingIds[0] === 'one');
  second.check(entry('## Two\n'));
  assert.equal(second.processed, 1, 'a changed body is processed again');
});

test('a body that fails its checks reports its line, is never stored, and cannot be rendered', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bodies-'));
  const store = tempStore(dir);
  const body = '\n\n\nfine\n\n<Broken\n';
  const result = store.check(entry(body));
  assert.ok('problems' in result && result.problems.length > 0);
  assert.equal(result.problems[0].rule, 'mdx-syntax');
  assert.ok(result.problems[0].line >= 6, JSON.stringify(result.problems));
  assert.throws(() => store.renderable(entry('import fs from "node:fs"\n\nText.\n')), /mdx-import/);
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('the search text is the prose with its headings; code stays apart', () => {
  const result = tempStore().check(entry('## Impact\n\nRequests *failed* for [an hour](https://example.com).\n\n```sh\nkubectl drain\n```\n'));
  assert.ok('facts' in result);
  assert.match(result.facts.text, /^Impact\nRequests +failed +for +an hour *\.$/);
  assert.equal(result.facts.code, 'kubectl drain');
});

test('a stored body is never trusted by another pipeline: editing a rule re-checks every body', () => {
  // The digest follows the pipeline's source: an edit to a rule module changes it; a test file does not.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-pipeline-'));
  fs.mkdirSync(path.join(root, 'lib', 'content'), { recursive: true });
  fs.mkdirSync(path.join(root, 'lib', 'search'), { recursive: true });
  fs.writeFileSync(path.join(root, 'lib', 'content', 'safe-url.ts'), "export const ALLOWED = ['https:', 'http:'];\n");
  fs.writeFileSync(path.join(root, 'lib', 'search', 'plain-text.ts'), 'export {};\n');
  const before = pipelineDigest(root);
  fs.writeFileSync(path.join(root, 'lib', 'content', 'safe-url.test.ts'), '// tests only\n');
  assert.equal(pipelineDigest(root), before);
  fs.writeFileSync(path.join(root, 'lib', 'content', 'safe-url.ts'), "export const ALLOWED = ['https:'];\n");
  assert.notEqual(pipelineDigest(root), before);
  // The real pipeline covers the allow-list and the URL rule.
  const files = pipelineFiles(process.cwd()).map((f) => path.relative(process.cwd(), f));
  for (const module of ['lib/content/safe-url.ts', 'lib/content/body-rules.ts', 'lib/content/mdx-allow-list.ts', 'lib/content/imports.ts', 'lib/content/mdx-compile.ts']) assert.ok(files.includes(module), module);

  // A warm cache written by the old pipeline is not reused by the new one.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bodies-'));
  const old = new BodyStore(diskCache(dir), 'old pipeline');
  old.check(entry('[a link](http://example.com)\n'));
  const tightened = new BodyStore(diskCache(dir), 'tightened pipeline');
  tightened.check(entry('[a link](http://example.com)\n'));
  assert.deepEqual([tightened.processed, tightened.reused], [1, 0]);
});
