/**
 * Builds are reproducible, a rebuild after a content change writes exactly what a clean build
 * would, and incident and talk pages rendered outside Next are the pages Next renders.
 * Builds copies of the small fixture corpus and compares every exported file.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { writeOfflineList } from '../lib/outputs/offline-list';

const ROOT = path.resolve(__dirname, '..');

function run(command: string, args: string[], env: Record<string, string>): string {
  return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });
}

function build(content: string, outDir: string, workDir: string): string {
  return run('npm', ['run', '-s', 'build'], { CONTENT_DIR: content, FAULTLINE_OUT_DIR: outDir, FAULTLINE_WORK_DIR: workDir });
}

function differing(dirA: string, dirB: string): string[] {
  const a = digestTree(path.join(ROOT, dirA));
  const b = digestTree(path.join(ROOT, dirB));
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort(), 'the same files');
  return [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
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

test('rebuilds after edits render only what changed and write what a clean build writes', { timeout: 900_000 }, () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-rebuild-content-'));
  fs.cpSync(path.join(ROOT, 'e2e/fixtures/content'), content, { recursive: true });
  const scratch = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `faultline-rebuild-${name}-`));
  for (const dir of ['.next', '.cache/rebuild']) fs.rmSync(path.join(ROOT, dir), { recursive: true, force: true });

  const work = scratch('work');
  build(content, '.cache/rebuild/a', work);
  // A build stopped by a content problem leaves the last site whole and reusable.
  const router = path.join(content, 'incidents/2011-03-17-example-router.mdx');
  const original = fs.readFileSync(router, 'utf8');
  fs.appendFileSync(router, '\n<Broken\n');
  assert.throws(() => build(content, '.cache/rebuild/a', work), /mdx-syntax/);
  // The body of an incident: only its page is written again.
  // The site being served is never written to: its files, held here by links, keep their bytes.
  const served = scratch('served');
  const servedFiles = ['incidents/2011-03-17-example-router/index.html', 'search-index/manifest.json'];
  for (const file of servedFiles) fs.linkSync(path.join(ROOT, '.cache/rebuild/a', file), path.join(served, path.basename(path.dirname(file)) + path.extname(file)));
  const before = servedFiles.map((file) => fs.readFileSync(path.join(ROOT, '.cache/rebuild/a', file), 'utf8'));
  fs.writeFileSync(router, `${original}\nA sentence added to the router incident.\n`);
  let log = build(content, '.cache/rebuild/a', work);
  assert.match(log, /render plan: 1 incident and talk pages changed; 2 kept from the last build; no other page changed, next build is skipped/);
  servedFiles.forEach((file, i) => {
    const held = path.join(served, path.basename(path.dirname(file)) + path.extname(file));
    assert.equal(fs.readFileSync(held, 'utf8'), before[i], `${file} of the served site was written to`);
  });
  assert.doesNotMatch(before[0], /A sentence added to the router incident/);
  // The newest incident's body is no different: the routes' templates are code, not content
  // (app/_render/templates.ts), so next build is skipped here too.
  fs.appendFileSync(path.join(content, 'incidents/2012-06-30-example-config.md'), '\nA sentence added after the first build.\n');
  log = build(content, '.cache/rebuild/a', work);
  assert.match(log, /render plan: 1 incident and talk pages changed; 2 kept from the last build; no other page changed, next build is skipped/);
  assert.match(log, /incident and talk pages: 1 rendered; 2 pages kept/);
  // A title: the incident and talk pages that show it are rendered again (its own, the incident
  // next to it, the talk that names it), and Next renders the lists.
  fs.writeFileSync(router, fs.readFileSync(router, 'utf8').replace('title: "Fixture: a router fails partially and silently"', 'title: "Fixture: a router fails partially, then wholly"'));
  log = build(content, '.cache/rebuild/a', work);
  assert.match(log, /render plan: 3 incident and talk pages changed; 0 kept from the last build; next build renders the other pages\n/);

  // Another writer of out/ — a bare `next build`, unstripped — is not mistaken for this build's site.
  run(path.join(ROOT, 'node_modules/.bin/next'), ['build'], { CONTENT_DIR: content, FAULTLINE_OUT_DIR: '.cache/rebuild/a', FAULTLINE_WORK_DIR: work });
  log = build(content, '.cache/rebuild/a', work);
  assert.doesNotMatch(log, /nothing changed since the last build/);
  assert.match(log, /incident and talk pages: \d+ rendered; 0 pages kept/);

  fs.rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
  build(content, '.cache/rebuild/b', scratch('work'));

  assert.ok(fs.existsSync(path.join(ROOT, '.cache/rebuild/a/incidents/2011-03-17-example-router/index.html')), 'the fixture site was exported');
  assert.match(fs.readFileSync(path.join(ROOT, '.cache/rebuild/a/incidents/2012-06-30-example-config/index.html'), 'utf8'), /A sentence added after the first build/);
  assert.match(fs.readFileSync(path.join(ROOT, '.cache/rebuild/a/incidents/2011-03-17-example-router/index.html'), 'utf8'), /A sentence added to the router incident/);
  assert.match(fs.readFileSync(path.join(ROOT, '.cache/rebuild/a/organizations/example-cloud/index.html'), 'utf8'), /a router fails partially, then wholly/);
  assert.deepEqual(differing('.cache/rebuild/a', '.cache/rebuild/b'), [], 'the same bytes');
  assert.ok(!fs.existsSync(path.join(ROOT, '.cache/rebuild/a.partial')), 'the export was moved into place');
});

test('incident and talk pages rendered outside Next are byte for byte the pages Next renders', { timeout: 900_000 }, () => {
  const env = { CONTENT_DIR: 'e2e/fixtures/content', FAULTLINE_WORK_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-rebuild-work-')) };
  for (const dir of ['.next', '.cache/rebuild']) fs.rmSync(path.join(ROOT, dir), { recursive: true, force: true });
  const log = build(env.CONTENT_DIR, '.cache/rebuild/outside', env.FAULTLINE_WORK_DIR);
  assert.match(log, /incident and talk pages: 3 rendered; 0 pages kept/);
  // The same site with Next rendering every page: a bare `next build`, then the same finish.
  fs.rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
  run(path.join(ROOT, 'node_modules/.bin/next'), ['build'], { ...env, FAULTLINE_OUT_DIR: '.cache/rebuild/next' });
  for (const script of ['scripts/finish-export.ts', 'scripts/publish-search.ts']) {
    run(path.join(ROOT, 'node_modules/.bin/tsx'), [script], { ...env, FAULTLINE_OUT_DIR: '.cache/rebuild/next' });
  }
  // What render-details adds besides pages: the list "save for offline" reads.
  writeOfflineList(path.join(ROOT, '.cache/rebuild/next'));
  assert.deepEqual(differing('.cache/rebuild/outside', '.cache/rebuild/next'), [], 'the same bytes');
});
