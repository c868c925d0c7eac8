/**
 * Two clean builds of the same commit write a byte-identical site. Builds the small fixture corpus
 * twice with `npm run build`, each from an empty .next/ and an empty work folder, and compares
 * every exported file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..');

function cleanBuild(outDir: string): void {
  fs.rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
  fs.rmSync(path.join(ROOT, outDir), { recursive: true, force: true });
  execFileSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: {
      ...process.env,
      CONTENT_DIR: 'e2e/fixtures/content',
      FAULTLINE_OUT_DIR: outDir,
      FAULTLINE_WORK_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-repro-work-')),
    },
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

test('two clean builds of the fixture corpus write byte-identical sites', { timeout: 600_000 }, () => {
  cleanBuild('.cache/repro/a');
  cleanBuild('.cache/repro/b');
  const a = digestTree(path.join(ROOT, '.cache/repro/a'));
  const b = digestTree(path.join(ROOT, '.cache/repro/b'));
  assert.ok(a.has('index.html') && a.has('incidents/2011-03-17-example-router/index.html'), 'the fixture site was exported');
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort(), 'the same files');
  const differing = [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
  assert.deepEqual(differing, [], 'the same bytes');
});
