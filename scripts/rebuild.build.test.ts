/**
 * Builds are reproducible and a rebuild after a content change writes exactly what a clean build
 * would. Builds a copy of the small fixture corpus with `npm run build` (clean), edits one incident,
 * rebuilds into the same folder (only that page is rendered again; the rest are kept from the
 * first build), then builds the edited corpus clean elsewhere and compares every exported file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..');

function build(content: string, outDir: string, workDir: string): string {
  return execFileSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, CONTENT_DIR: content, FAULTLINE_OUT_DIR: outDir, FAULTLINE_WORK_DIR: workDir },
  });
}

function digestTree(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    digests.set(path.relative(dir, file), crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return digests;
}

test('a rebuild after one edit renders only what changed and writes what a clean build writes', { timeout: 900_000 }, () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-rebuild-content-'));
  fs.cpSync(path.join(ROOT, 'e2e/fixtures/content'), content, { recursive: true });
  const scratch = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `faultline-rebuild-${name}-`));
  for (const dir of ['.next', '.cache/rebuild']) fs.rmSync(path.join(ROOT, dir), { recursive: true, force: true });

  const work = scratch('work');
  build(content, '.cache/rebuild/a', work);
  const edited = path.join(content, 'incidents/2012-06-30-example-config.md');
  fs.appendFileSync(edited, '\nA sentence added after the first build.\n');
  const log = build(content, '.cache/rebuild/a', work);
  assert.match(log, /render plan: 1 incident and talk pages changed; 2 kept from the last build/);

  fs.rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
  build(content, '.cache/rebuild/b', scratch('work'));

  const a = digestTree(path.join(ROOT, '.cache/rebuild/a'));
  const b = digestTree(path.join(ROOT, '.cache/rebuild/b'));
  assert.ok(a.has('index.html') && a.has('incidents/2011-03-17-example-router/index.html'), 'the fixture site was exported');
  assert.match(fs.readFileSync(path.join(ROOT, '.cache/rebuild/a/incidents/2012-06-30-example-config/index.html'), 'utf8'), /A sentence added after the first build/);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), 'the same files');
  const differing = [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
  assert.deepEqual(differing, [], 'the same bytes');
  assert.ok(!fs.existsSync(path.join(ROOT, '.cache/rebuild/a.partial')), 'the partial export was moved into place');
});
