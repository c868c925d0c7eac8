import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitFrontMatter } from './front-matter';

test('splits YAML front matter and keeps the body on its own line numbers', () => {
  const split = splitFrontMatter('---\ntitle: "A"\ndate: 2011-03-17\n---\n\n## Summary\n');
  assert.deepEqual(split.problems, []);
  // YAML 1.2: an unquoted date stays the string the contributor wrote, not a Date.
  assert.deepEqual(split.data, { title: 'A', date: '2011-03-17' });
  assert.equal(split.body!.split('\n')[5], '## Summary');
});

test('accepts a BOM and CRLF line endings from an editor on Windows', () => {
  const split = splitFrontMatter('\uFEFF---\r\ntitle: x\r\n---\r\nbody\r\n');
  assert.deepEqual(split.problems, []);
  assert.deepEqual(split.data, { title: 'x' });
  assert.equal(split.body!.split('\n')[3], 'body');
});

test('refuses executable front matter before parsing it', () => {
  for (const marker of ['---js', '---javascript', '--- js', '---coffee']) {
    const split = splitFrontMatter(`${marker}\n{ title: require("fs") }\n---\n`);
    assert.equal(split.data, undefined);
    assert.equal(split.problems[0].rule, 'front-matter-language', marker);
  }
});

test('reports missing and unclosed front matter', () => {
  assert.equal(splitFrontMatter('# Just a heading\n').problems[0].rule, 'front-matter-missing');
  assert.equal(splitFrontMatter('---\ntitle: x\n').problems[0].rule, 'front-matter-unclosed');
});

test('reports YAML errors at their line in the file', () => {
  const split = splitFrontMatter('---\ntitle: x\ntitle: y\nsummary: [unclosed\n---\n');
  assert.ok(split.problems.length >= 1);
  assert.ok(split.problems.every((p) => p.rule === 'yaml'));
  assert.ok(split.problems.some((p) => p.line === 3), JSON.stringify(split.problems));
});

test('locates a field, an item in a list, and the parent of a missing field', () => {
  const split = splitFrontMatter('---\ntitle: x\nsources:\n  - title: s\n    url: ftp://x\n---\n');
  assert.deepEqual(split.locate(['title']), { line: 2, column: 8 });
  assert.equal(split.locate(['sources', 0, 'url']).line, 5);
  assert.equal(split.locate(['sources', 0, 'kind']).line, 4);
  assert.equal(split.locate(['summary']).line, 2);
});
