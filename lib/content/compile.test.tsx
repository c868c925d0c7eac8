import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import { diskCache } from './compile-cache';
import { Compiler } from './compile';

const tempCache = () => diskCache(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-cache-')));

function render(code: string): string {
  const Body = getMDXComponent(code);
  return renderToStaticMarkup(<Body />);
}

const entry = (body: string, format: 'md' | 'mdx' = 'mdx') => ({ sourcePath: 'content/incidents/x.mdx', format, body });

test('compiles GFM tables, code blocks, and headings with ids and anchor links', async () => {
  const result = await new Compiler(tempCache()).compile(
    entry('## Root cause\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```text\n{braces} <b>\n```\n'),
  );
  assert.ok('code' in result);
  const html = render(result.code);
  assert.match(html, /<h2 id="root-cause">Root cause<a class="heading-anchor"[^>]*href="#root-cause"/);
  assert.match(html, /<table>[\s\S]*<td>1<\/td>/);
  assert.match(html, /<pre><code class="language-text">\{braces\} &lt;b&gt;/);
});

test('.md is plain Markdown: braces and angle brackets are text, not code', async () => {
  const result = await new Compiler(tempCache()).compile(entry('Costs {a lot}, 1 < 2 and a > b.\n', 'md'));
  assert.ok('code' in result);
  assert.match(render(result.code), /Costs \{a lot\}/);
  const asMdx = await new Compiler(tempCache()).compile(entry('Costs {a lot}, 1 < 2 and a > b.\n'));
  assert.ok('problems' in asMdx, 'the same text is invalid MDX');
});

test('a second compile of the same source is served from the cache', async () => {
  const cache = tempCache();
  const first = new Compiler(cache);
  const a = await first.compile(entry('## One\n'));
  assert.deepEqual([first.compiled, first.reused], [1, 0]);
  const second = new Compiler(cache);
  const b = await second.compile(entry('## One\n'));
  assert.deepEqual([second.compiled, second.reused], [0, 1]);
  assert.ok('code' in a && 'code' in b && a.code === b.code);
  await second.compile(entry('## Two\n'));
  assert.equal(second.compiled, 1, 'a changed source compiles again');
});

test('a failed compile reports its line and is never cached', async () => {
  const cache = tempCache();
  const body = '\n\n\nfine\n\n<Broken\n';
  const compiler = new Compiler(cache);
  const result = await compiler.compile(entry(body));
  assert.ok('problems' in result);
  assert.equal(result.problems[0].rule, 'mdx-syntax');
  assert.equal(result.problems[0].file, 'content/incidents/x.mdx');
  assert.ok(result.problems[0].line >= 6, JSON.stringify(result.problems));
  const again = await compiler.compile(entry(body));
  assert.ok('problems' in again);
  assert.equal(compiler.reused, 0);
});
