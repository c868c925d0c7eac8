import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspectBody } from './body-rules';

const mdx = (body: string) => inspectBody({ sourcePath: 'x.mdx', format: 'mdx', body });
const md = (body: string) => inspectBody({ sourcePath: 'x.md', format: 'md', body });
const rules = (result: ReturnType<typeof inspectBody>) => result.problems.map((p) => p.rule);

test('ESM is refused: import and export, wherever they stand, but for a folder writeup\'s own files', () => {
  assert.deepEqual(rules(mdx('import fs from "node:fs"\n')), ['mdx-import']);
  assert.deepEqual(rules(mdx('import { readFileSync } from "./rows.csv"\n')), ['mdx-esm']);
  assert.deepEqual(rules(mdx('Text first.\n\nexport const x = require("child_process")\n')), ['mdx-esm']);
});

test('expressions are refused in text and in attributes', () => {
  assert.deepEqual(rules(mdx('Costs {process.exit(1)} a lot.\n')), ['mdx-expression']);
  assert.deepEqual(rules(mdx('{/* a comment is an expression too */}\n')), ['mdx-expression']);
  assert.deepEqual(rules(mdx('<Callout title={globalThis.x}>x</Callout>\n')), ['mdx-expression']);
});

test('spread attributes and event handlers are refused', () => {
  assert.deepEqual(rules(mdx('<Callout {...props}>x</Callout>\n')), ['mdx-spread']);
  assert.deepEqual(rules(mdx('<abbr onMouseOver="alert(1)" title="t">x</abbr>\n')), ['mdx-event-handler']);
  assert.deepEqual(rules(mdx('<abbr dangerouslySetInnerHTML="x">x</abbr>\n')), ['mdx-event-handler']);
});

test('only allow-listed components and safe HTML, with their props', () => {
  assert.deepEqual(rules(mdx('<script>alert(1)</script>\n')), ['mdx-component']);
  assert.match(mdx('<Callot>x</Callot>\n').problems[0].message, /did you mean "Callout"/);
  for (const tag of ['iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'style', 'img', 'svg', 'a']) {
    assert.deepEqual(rules(mdx(`<${tag} />\n`)), ['mdx-component'], tag);
  }
  assert.deepEqual(rules(mdx('<>fragment</>\n')), ['mdx-component']);
  assert.deepEqual(rules(mdx('<Callout kind="danger">x</Callout>\n')), ['mdx-prop']);
  assert.deepEqual(rules(mdx('<Callout colour="red">x</Callout>\n')), ['mdx-prop']);
  assert.deepEqual(rules(mdx('<Metric value="1" />\n')), ['mdx-prop']);
  assert.deepEqual(rules(mdx('<Event time="19:28">x</Event>\n')), ['mdx-component']);
  assert.deepEqual(rules(mdx('<kbd>Ctrl</kbd> H<sub>2</sub>O x<sup>2</sup> <abbr title="Border Gateway Protocol">BGP</abbr><br />\n')), []);
});

test('URL props follow the link rule', () => {
  assert.deepEqual(rules(mdx('<Metric value="1" label="x" source="javascript:alert(1)" />\n')), ['url-scheme']);
  assert.deepEqual(rules(mdx('<Metric value="1" label="x" source="https://example.org" />\n')), []);
});

test('links, images and definitions with unsafe schemes are refused, entity-encoded or not', () => {
  assert.deepEqual(rules(mdx('[x](javascript:alert(1))\n')), ['url-scheme']);
  assert.deepEqual(rules(mdx('[x](jav&#x09;ascript:alert(1))\n')), ['url-scheme']);
  assert.deepEqual(rules(mdx('![x](data:image/svg+xml,x)\n')), ['url-scheme']);
  assert.deepEqual(rules(mdx('[x][r]\n\n[r]: JaVaScRiPt:alert(1)\n')), ['url-scheme']);
  assert.deepEqual(rules(md('<javascript:alert(1)>\n')), ['url-scheme']);
});

test('.md: raw HTML is held to the same elements, attributes and URLs', () => {
  assert.deepEqual(rules(md('<script>alert(1)</script>\n')), ['html-element', 'html-element']);
  assert.deepEqual(rules(md('x <img src=x onerror=alert(1)>\n')), ['html-element']);
  assert.deepEqual(rules(md('<kbd onclick="x">k</kbd>\n')), ['mdx-event-handler']);
  assert.deepEqual(rules(md('<abbr title="t" style="x">k</abbr>\n')), ['mdx-prop']);
  assert.deepEqual(rules(md('<!-- a comment --> <kbd>k</kbd> <sub>2</sub>\n')), []);
});

test('look-alikes pass: code, .md braces, BOM-free CRLF text, non-Latin text', () => {
  assert.deepEqual(rules(mdx('```js\nimport fs from "fs"; {x} <script>\n```\n\nInline `{braces}` and `<script>`.\n')), []);
  assert.deepEqual(rules(md('Latency {p99} < 5 ms and a > b; {"json": true}\n')), []);
  assert.deepEqual(rules(mdx('Line one\r\nLine two\r\n')), []);
  assert.deepEqual(rules(mdx('## 障害の概要\n\nالشبكة — café, naïve.\n')), []);
  assert.deepEqual(rules(mdx('[javascript: the language](https://developer.mozilla.org/)\n')), []);
});

test('problems carry the line and column of the offending node', () => {
  const [problem] = mdx('Fine.\n\nStill fine.\n\n  [bad](vbscript:x)\n').problems;
  assert.deepEqual([problem.line, problem.column, problem.rule], [5, 3, 'url-scheme']);
});

test('a syntax error is a problem with a place, not a crash', () => {
  const [problem] = mdx('Text\n\n<Callout\n').problems;
  assert.equal(problem.rule, 'mdx-syntax');
  assert.ok(problem.line >= 3);
});

test('collects heading ids as rehype-slug makes them, and internal links', () => {
  const result = mdx('## Root cause\n\n## Root cause\n\n## Détection & response!\n\nSee [x](/incidents/a/#root-cause) and [y](#root-cause-1).\n');
  assert.deepEqual([...result.headingIds], ['root-cause', 'root-cause-1', 'détection--response']);
  assert.deepEqual(result.internalLinks.map((l) => l.url), ['/incidents/a/#root-cause', '#root-cause-1']);
});
