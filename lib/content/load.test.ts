import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadCorpus } from './load';
import { ContentError, formatProblem } from './problems';

const FIXTURES = path.join(__dirname, '../../e2e/fixtures/content');

function corpusDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-load-'));
  fs.cpSync(path.join(FIXTURES, 'failure-classes'), path.join(dir, 'failure-classes'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadCorpus(dir);
  } catch (error) {
    assert.ok(error instanceof ContentError);
    return error.problems.map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
  }
  assert.fail('expected content problems');
}

const valid = (overrides: string[] = [], body = '\n## Summary\n\nText.\n') =>
  [
    '---',
    'title: "A valid incident title"',
    'date: "2011-03-17"',
    'organizations: ["Example"]',
    'failureClasses: [gray-failure]',
    'summary: "Forty characters or more of plain summary text here."',
    'sources:',
    '  - { title: "Postmortem", url: "https://example.org/x", kind: postmortem }',
    ...overrides,
    '---',
    body,
  ].join('\n');

test('the fixture corpus loads, newest first, with typed entries', () => {
  const corpus = loadCorpus(FIXTURES);
  assert.deepEqual(corpus.incidents.map((i) => i.slug), ['2012-06-30-example-config', '2011-03-17-example-router']);
  assert.equal(corpus.incidents[0].format, 'md');
  assert.equal(corpus.incidents[1].url, '/incidents/2011-03-17-example-router/');
  assert.equal(corpus.talks.length, 1);
  assert.deepEqual(corpus.failureClasses.map((c) => c.id), ['config-change', 'gray-failure']);
});

test('every problem of every file is reported at once, with file, line and column', () => {
  const dir = corpusDir({
    'incidents/2011-03-17-typo.mdx': valid(['sumary: "typo"']),
    'incidents/2011-03-17-bad-class.mdx': valid().replace('[gray-failure]', '[gray-failur]'),
    'incidents/2011-03-17-bad-url.mdx': valid().replace('https://example.org/x', 'javascript:alert(1)'),
    'incidents/2011-03-17-short.mdx': valid().replace('"A valid incident title"', '"Short"'),
  });
  const problems = problemsOf(dir);
  assert.deepEqual(problems, [
    'incidents/2011-03-17-bad-class.mdx:5:18  unknown-failure-class  unknown failure class "gray-failur" (did you mean "gray-failure"?)',
    'incidents/2011-03-17-bad-url.mdx:8:33  invalid-field  "sources.0.url" must be an absolute https:// or http:// URL',
    'incidents/2011-03-17-short.mdx:2:8  invalid-field  "title" must be at least 10 characters',
    'incidents/2011-03-17-typo.mdx:9:1  unknown-field  unknown field "sumary" (did you mean "summary"?)',
  ]);
});

test('missing required fields are named, each one', () => {
  const dir = corpusDir({ 'incidents/2011-03-17-empty.mdx': '---\ntitle: "A valid incident title"\n---\n' });
  const problems = problemsOf(dir).join('\n');
  for (const field of ['date', 'organizations', 'failureClasses', 'summary', 'sources']) {
    assert.match(problems, new RegExp(`required-field  "${field}" is required`));
  }
});

test('no file is skipped silently: stray files, bad names and duplicate slugs fail', () => {
  const dir = corpusDir({
    'incidents/notes.txt': 'stray',
    'incidents/2011-03-17-Upper.mdx': valid(),
    'incidents/2011-03-17-twice.md': valid(),
    'incidents/2011-03-17-twice.mdx': valid(),
    'incidents/2012-01-01-wrong-date.mdx': valid(),
  });
  const problems = problemsOf(dir).join('\n');
  assert.match(problems, /notes\.txt:1:1 {2}file-type/);
  assert.match(problems, /2011-03-17-Upper\.mdx:1:1 {2}slug/);
  assert.match(problems, /2011-03-17-twice\.mdx:1:1 {2}duplicate-slug .*2011-03-17-twice\.md/);
  assert.match(problems, /2012-01-01-wrong-date\.mdx:3:7 {2}slug-date/);
});

test('resolved must come after started, and both carry an offset', () => {
  const dir = corpusDir({
    'incidents/2011-03-17-times.mdx': valid([
      'started: "2011-03-17T19:28:00-07:00"',
      'resolved: "2011-03-17T18:00:00-07:00"',
    ]),
    'incidents/2011-03-17-naive.mdx': valid(['started: "2011-03-17T19:28:00"', 'resolved: "2011-03-17T21:56:00-07:00"']),
    'incidents/2011-03-17-half.mdx': valid(['started: "2011-03-17T19:28:00-07:00"']),
  });
  const problems = problemsOf(dir).join('\n');
  assert.match(problems, /2011-03-17-times\.mdx:10:11 {2}invalid-field {2}"resolved" must be after started/);
  assert.match(problems, /2011-03-17-naive\.mdx:9:10 {2}invalid-field {2}"started" must be an ISO 8601 date-time with an offset/);
  assert.match(problems, /2011-03-17-half\.mdx:9:10 {2}invalid-field {2}"started" needs "resolved" too/);
});

test('related entries must exist and be published', () => {
  const dir = corpusDir({
    'incidents/2011-03-17-a.mdx': valid(['related: [2011-03-17-b, 2011-03-17-c, gray-failure]']),
    'incidents/2011-03-17-b.mdx': valid(['draft: true']),
  });
  const problems = problemsOf(dir);
  assert.deepEqual(problems, [
    'incidents/2011-03-17-a.mdx:9:11  related  "2011-03-17-b" is a draft and is not published',
    'incidents/2011-03-17-a.mdx:9:25  related  no incident, talk or failure class "2011-03-17-c" (did you mean "2011-03-17-a"?)',
  ]);
});

test('drafts are validated but not published', () => {
  const dir = corpusDir({ 'incidents/2011-03-17-draft.mdx': valid(['draft: true']) });
  assert.equal(loadCorpus(dir).incidents.length, 0);
  const broken = corpusDir({ 'incidents/2011-03-17-draft.mdx': valid(['draft: true', 'regions: "not a list"']) });
  assert.match(problemsOf(broken).join('\n'), /invalid-field {2}"regions" must be a list, e\.g\. \[a, b\]/);
});

test('a failure class id must equal its file name', () => {
  const dir = corpusDir({
    'failure-classes/expiry.mdx': '---\nid: expiration\ntitle: Expiry\nsummary: "Something that was valid for a fixed time stops being valid."\n---\n',
  });
  assert.match(problemsOf(dir).join('\n'), /failure-classes\/expiry\.mdx:2:5 {2}class-id/);
});

test('a file over 1 MB is refused by name', () => {
  const dir = corpusDir({ 'incidents/2011-03-17-huge.mdx': valid([], 'x'.repeat(1024 * 1024 + 1)) });
  assert.match(problemsOf(dir).join('\n'), /2011-03-17-huge\.mdx:1:1 {2}file-size/);
});

test('a source\'s archived copy must be a snapshot on web.archive.org or archive.today, over https', () => {
  const withArchive = (archived: string) => valid().replace('kind: postmortem }', `kind: postmortem, archived: "${archived}" }`);
  const good = corpusDir({
    'incidents/2011-03-17-wayback.mdx': withArchive('https://web.archive.org/web/20110429000000/https://example.org/x'),
    'incidents/2011-03-18-archive-ph.mdx': withArchive('https://archive.ph/AbCd1').replace('2011-03-17', '2011-03-18'),
  });
  assert.deepEqual(loadCorpus(good).incidents.map((i) => i.sources[0].archived), [
    'https://archive.ph/AbCd1',
    'https://web.archive.org/web/20110429000000/https://example.org/x',
  ]);
  for (const archived of [
    'http://web.archive.org/web/20110429000000/https://example.org/x', // not https
    'https://web.archive.org/web/https://example.org/x', // no snapshot time
    'https://example.org/archive/x', // not an archive
    'https://archive.ph/', // no snapshot
    'javascript:alert(1)',
  ]) {
    const problems = problemsOf(corpusDir({ 'incidents/2011-03-17-bad-archive.mdx': withArchive(archived) }));
    assert.equal(problems.length, 1, archived);
    assert.match(problems[0], /invalid-field {2}"sources\.0\.archived" must be an https:\/\/ snapshot on web\.archive\.org/, archived);
  }
});
