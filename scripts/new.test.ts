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

const S3_OUTAGE = 'incidents/2017-02-28-aws-s3-us-east-1-capacity-removal.mdx';

/** A content folder holding the corpus's S3 outage and every failure class. */
function contentDirWithS3Outage(): string {
  const dir = contentDir();
  fs.cpSync(path.join(ROOT, 'content/failure-classes'), path.join(dir, 'failure-classes'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'incidents'));
  fs.copyFileSync(path.join(ROOT, 'content', S3_OUTAGE), path.join(dir, S3_OUTAGE));
  return dir;
}

const incidents = (dir: string) => fs.readdirSync(path.join(dir, 'incidents')).sort();

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
  const file = path.join(dir, 'incidents/2011-03-17-example-cloud-router-fails-quietly.mdx');
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

test('suggests a short name for an incident; Enter takes it, and a bad one is asked again', () => {
  const dir = contentDir();
  const accepted = scaffold(dir, ['incident'], 'Example: a router fails quietly\n2011-03-17\nExample Cloud\n\ngray-failure\n');
  assert.equal(accepted.status, 0, accepted.stderr);
  assert.match(accepted.stdout, /Short name \(the file is 2011-03-17-<short name>\.mdx\) \[example-cloud-router-fails-quietly\]: /);
  assert.match(accepted.stdout, /may rename it before it is merged; the name only has to start with the date/);

  const typed = scaffold(dir, ['incident'], 'Example: a switch fails loudly\n2012-06-30\nExample Cloud\nSwitch Failure\nexample-switch-failure\ngray-failure\n');
  assert.equal(typed.status, 0, typed.stderr);
  assert.match(typed.stdout, /use lower-case a-z, 0-9 and single hyphens/);
  assert.deepEqual(incidents(dir), ['2011-03-17-example-cloud-router-fails-quietly.mdx', '2012-06-30-example-switch-failure.mdx']);
});

test('flags name the file after the date with --name, checked like an answer', () => {
  const dir = contentDir();
  assert.equal(scaffold(dir, [...INCIDENT, '--name', 'example-router']).status, 0);
  assert.deepEqual(incidents(dir), ['2011-03-17-example-router.mdx']);
  const bad = scaffold(dir, [...INCIDENT, '--name', 'Example Router']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /use lower-case a-z, 0-9 and single hyphens/);
});

test('a title without Latin letters gets no suggested name: asked for one, or told to pass --name', async () => {
  const dir = contentDir();
  const flags = ['incident', '--title', '大規模な通信障害が全国で発生した件について', '--date', '2021-10-14', '--org', '株式会社テスト通信', '--classes', 'gray-failure'];
  const refused = scaffold(dir, flags);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /pass one with --name/);
  assert.equal(fs.existsSync(path.join(dir, 'incidents')), false, 'nothing was written');

  const asked = scaffold(dir, ['incident'], '大規模な通信障害が全国で発生した件について\n2021-10-14\n株式会社テスト通信\n\ntest-tsushin-outage\ngray-failure\n');
  assert.equal(asked.status, 0, asked.stderr);
  assert.match(asked.stdout, /Short name \(the file is 2021-10-14-<short name>\.mdx, lower-case a-z, 0-9 and hyphens\): /);
  assert.deepEqual(incidents(dir), ['2021-10-14-test-tsushin-outage.mdx']);
  assert.deepEqual((await validateContent(dir)).problems, []);
});

test("refuses CONTRIBUTING's example next to the S3 outage it repeats, unless allowed", () => {
  const dir = contentDirWithS3Outage();
  const example = ['incident', '--title', 'AWS S3 us-east-1: a mistyped command removes too much capacity', '--date', '2017-02-28', '--org', 'Amazon Web Services', '--classes', 'operator-action,dependency-failure'];
  const refused = scaffold(dir, example);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /2017-02-28-aws-s3-us-east-1-capacity-removal\.mdx \(same organisation and date\)/);
  assert.match(refused.stderr, /nothing was written; if it is a different incident, run again with --allow-duplicate/);
  assert.deepEqual(incidents(dir), ['2017-02-28-aws-s3-us-east-1-capacity-removal.mdx']);

  const allowed = scaffold(dir, [...example, '--allow-duplicate']);
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.deepEqual(incidents(dir), ['2017-02-28-aws-s3-us-east-1-capacity-removal.mdx', '2017-02-28-aws-s3-us-east-1-mistyped-command.mdx']);
});

test('asks before writing a likely duplicate; Enter means no', () => {
  const dir = contentDirWithS3Outage();
  const answers = (write: string) => `AWS S3 us-east-1: a mistyped command removes too much capacity\n2017-02-28\nAmazon Web Services\n\n${write}\noperator-action\n`;
  const declined = scaffold(dir, ['incident'], answers(''));
  assert.equal(declined.status, 1);
  assert.match(declined.stderr, /capacity-removal\.mdx \(same organisation and date\)/);
  assert.match(declined.stdout, /Write it anyway\? \(y\/N\): /);
  assert.match(declined.stderr, /nothing was written/);

  const written = scaffold(dir, ['incident'], answers('y'));
  assert.equal(written.status, 0, written.stderr);
  assert.deepEqual(incidents(dir), ['2017-02-28-aws-s3-us-east-1-capacity-removal.mdx', '2017-02-28-aws-s3-us-east-1-mistyped-command.mdx']);
});
