import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { validateContent } from '../lib/content/validate';

const ROOT = path.resolve(__dirname, '..');

function contentDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-new-'));
  fs.cpSync(path.join(ROOT, 'e2e/fixtures/content/failure-classes'), path.join(dir, 'failure-classes'), { recursive: true });
  return dir;
}

function scaffold(dir: string, args: string[], input = '') {
  return spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/new.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir },
  });
}

const INCIDENT = ['incident', '--title', 'Example: a router fails quietly', '--date', '2011-03-17', '--org', 'Example Cloud', '--classes', 'gray-failure,config-change'];

test('scaffolds a valid draft incident from flags, with the section skeleton', async () => {
  const dir = contentDir();
  const run = scaffold(dir, INCIDENT);
  assert.equal(run.status, 0, run.stderr);
  const file = path.join(dir, 'incidents/2011-03-17-example-cloud-example-a-router-fails-quietly.mdx');
  const text = fs.readFileSync(file, 'utf8');
  for (const section of ['Summary', 'Timeline', 'Root cause', 'Impact', 'Detection and response', 'Lessons', 'Sources']) {
    assert.match(text, new RegExp(`^## ${section}$`, 'm'));
  }
  const { problems, corpus } = await validateContent(dir);
  assert.deepEqual(problems, []);
  assert.equal(corpus.incidents.length, 0, 'a draft is not published');
});

test('refuses to overwrite an existing file', () => {
  const dir = contentDir();
  assert.equal(scaffold(dir, INCIDENT).status, 0);
  const again = scaffold(dir, INCIDENT);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists; nothing was written/);
});

test('refuses an unknown failure class, suggesting the right one', () => {
  const run = scaffold(contentDir(), [...INCIDENT.slice(0, -1), 'gray-failur']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /unknown failure class "gray-failur" \(did you mean "gray-failure"\?\)/);
});

test('asks for what the flags do not give, re-asking after a bad answer', async () => {
  const dir = contentDir();
  const run = scaffold(dir, ['talk'], 'How complex systems fail\n2012-02-30\n2012-06-26\nRichard Cook\nVelocity 2012\nnope\ngray-failure\n');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /write a real date as YYYY-MM-DD/);
  assert.match(run.stdout, /Failure classes: config-change, gray-failure/);
  const file = path.join(dir, 'talks/2012-velocity-how-complex-systems-fail.mdx');
  assert.match(fs.readFileSync(file, 'utf8'), /speakers:\n {2}- Richard Cook/);
  assert.deepEqual((await validateContent(dir)).problems, []);
});
