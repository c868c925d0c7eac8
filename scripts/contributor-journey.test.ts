/**
 * The contributor's path as CONTRIBUTING.md tells it, with the real commands on a copy of the real
 * content: scaffold with the guide's own example, check the draft, try to publish it unfinished,
 * and run the check on a folder of typical mistakes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

const run = (script: string, args: string[], contentDir: string) =>
  spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: '' } });

/** The arguments of the `npm run new -- incident --title …` example in CONTRIBUTING.md, as a shell would split them. */
function guideExample(): string[] {
  const guide = fs.readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const command = /^npm run new -- (incident --title[^]*?[^\\])\n/m.exec(guide)![1].replace(/\\\n\s*/g, ' ');
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

test("CONTRIBUTING's example scaffolds a well-named draft that passes the check, and an unfinished file cannot publish", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-journey-'));
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });

  const scaffolded = run('scripts/new.ts', guideExample(), dir);
  assert.equal(scaffolded.status, 0, scaffolded.stderr);
  const written = /^Wrote (.*\.mdx)/m.exec(scaffolded.stdout)?.[1];
  assert.ok(written, scaffolded.stdout);
  assert.match(path.basename(written), /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+){1,5}\.mdx$/);
  assert.match(scaffolded.stdout, /You may rename it before it is merged/);

  const draft = run('scripts/check.ts', [], dir);
  assert.equal(draft.status, 0, `a fresh draft passes the check:\n${draft.stderr}`);

  // Publishing before the TODOs are done: each placeholder is named at its own line.
  const file = path.resolve(ROOT, written);
  const text = fs.readFileSync(file, 'utf8').replace('draft: true\n', '');
  fs.writeFileSync(file, text);
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const published = run('scripts/check.ts', [], dir);
  assert.equal(published.status, 1);
  const relative = path.relative(ROOT, file);
  assert.match(published.stderr, new RegExp(`${relative}:${lineOf('summary:')}:\\d+  placeholder  "summary" still holds`));
  assert.match(published.stderr, new RegExp(`${relative}:${lineOf('  - id: postmortem')}:\\d+  placeholder  "sources\\[0\\]" still holds`));
  assert.match(published.stderr, new RegExp(`${relative}:${lineOf('TODO: what happened')}:1  placeholder  the body still holds`));
});

test('npm run check reports every mistake of the mistakes folder in one run, as GitHub annotations in Actions', () => {
  const dir = path.join(ROOT, 'lib/content/__fixtures__/mistakes');
  const checked = spawnSync(TSX, ['scripts/check.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir, GITHUB_ACTIONS: 'true' } });
  assert.equal(checked.status, 1);
  const printed = checked.stderr.split('\n').filter((l) => / {2}[a-z-]+ {2}/.test(l));
  const annotations = checked.stdout.split('\n').filter((l) => l.startsWith('::error '));
  const warnings = checked.stdout.split('\n').filter((l) => l.startsWith('::warning '));
  assert.equal(warnings.filter((w) => w.includes('title=likely-duplicate')).length, 2, 'the likely duplicates');
  assert.equal(annotations.length + warnings.length, printed.length);
  assert.match(checked.stderr, new RegExp(`\\n${annotations.length} problems in 15 files; nothing was built`));
  assert.ok(annotations.includes(
    '::error file=lib/content/__fixtures__/mistakes/incidents/2020-03-01-example-many-mistakes.mdx,line=2,col=1,title=unknown-field::unknown field "titel" (did you mean "title"?)',
  ), annotations.join('\n'));
});
