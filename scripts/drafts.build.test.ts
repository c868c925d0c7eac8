/**
 * Drafts are previewed by `npm run dev` and never published: a build of the fixtures, which hold a
 * draft incident and a draft talk, has no trace of them — no page, list entry, feed item, sitemap
 * URL, dataset row or search document — even when `npm run dev` has left its search index, drafts
 * included, in public/, which next build copies into the export (scripts/publish-search.ts then
 * leaves only the build's own index).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..');
// The drafts' slugs, and a word that only they contain (titles and bodies).
const DRAFT_TRACES = ['2013-01-01-example-draft', '2018-example-draft-talk', 'zeppelin'];

function tracesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').toLowerCase();
      return DRAFT_TRACES.filter((trace) => text.includes(trace)).map((trace) => `${path.relative(dir, path.join(entry.parentPath, entry.name))}: ${trace}`);
    });
}

test('a build publishes no draft, not even from the dev search index', { timeout: 900_000 }, () => {
  const out = '.cache/drafts-build';
  fs.rmSync(path.join(ROOT, out), { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: 'e2e/fixtures/content', FAULTLINE_WORK_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-drafts-work-')), FAULTLINE_OUT_DIR: out };
  const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env });

  // What `npm run dev` leaves behind.
  run(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-search.ts', '--public']);
  assert.ok(tracesIn(path.join(ROOT, 'public/search-index')).length > 0, 'the dev index holds the drafts');

  run('npm', ['run', '-s', 'build']);
  assert.ok(fs.existsSync(path.join(ROOT, out, 'incidents/2011-03-17-example-router/index.html')), 'the fixture site was exported');
  assert.ok(!fs.existsSync(path.join(ROOT, out, 'incidents/2013-01-01-example-draft')), 'no draft page');
  assert.deepEqual(tracesIn(path.join(ROOT, out)), [], 'no draft anywhere in the site');
});
