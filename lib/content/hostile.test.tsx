/**
 * The validator against fixtures written by someone who had not seen it: every hostile or broken
 * file must be named in a problem, nothing in them may run, and every look-alike must pass and render.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { BodyContent } from '../../components/BodyContent';
import { readAsset } from './assets';
import { inspectBody, type BodySource } from './body-rules';
import { BodyStore } from './body-store';
import { diskCache } from './disk-cache';
import { readContent } from './load';
import { validateContent } from './validate';

// Processed bodies go to a scratch store, never the real build's.
process.env.FAULTLINE_WORK_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-hostile-work-'));

const FIXTURES = path.join(__dirname, '__fixtures__');
const ROOT = path.resolve(__dirname, '../..');

function hostileCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-hostile-'));
  fs.cpSync(path.join(FIXTURES, 'hostile'), dir, { recursive: true });
  fs.cpSync(path.join(FIXTURES, 'hostile-base'), dir, { recursive: true });
  return dir;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

test('every hostile or broken file is named in a problem, and nothing in them runs', async () => {
  const dir = hostileCorpus();
  const { problems } = await validateContent(dir);
  // Named for what it does: every fixture also lacks sections a real writeup has.
  const named = new Set(problems.filter((p) => p.rule !== 'section').map((p) => path.relative(dir, path.resolve(p.file))));
  // A writeup folder is one fixture, whatever it carries: its index.mdx must be named.
  const hostile = [...new Set(filesUnder(path.join(FIXTURES, 'hostile')).map((f) => f.replace(/^(incidents\/[^/]+)\/.*$/, '$1/index.mdx')))];
  assert.ok(hostile.length >= 90, `${hostile.length} hostile fixtures`);
  // A duplicate slug is one problem naming the second file of the pair.
  const missed = hostile.filter((f) => !named.has(f) && !(f.endsWith('-duplicate-slug.md') && named.has(f.replace(/\.md$/, '.mdx'))));
  assert.deepEqual(missed, []);
  for (const base of filesUnder(path.join(FIXTURES, 'hostile-base'))) assert.ok(!named.has(base), `${base} is valid`);
  for (const p of problems) assert.ok(p.line >= 1 && p.column >= 1, JSON.stringify(p));
  const g = globalThis as Record<string, unknown>;
  assert.equal(g.__faultlineFrontMatterEval, undefined);
  assert.equal(g.__faultlineYamlFunction, undefined);
  assert.equal(g.__faultlineImportRan, undefined);
});

test('npm run check fails on the hostile directory, naming each file, and stores only bodies that pass', () => {
  const dir = hostileCorpus();
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-hostile-cache-'));
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir, FAULTLINE_WORK_DIR: cache },
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /problems in \d+ files; nothing was built/);
  for (const file of ['2020-01-01-esm-import-fs.mdx', '2020-02-05-front-matter-js-engine.mdx', 'id-mismatch.mdx']) {
    assert.match(run.stderr, new RegExp(`${file.replace(/\./g, '\\.')}:\\d+:\\d+ {2}[a-z-]+ {2}`));
  }
  // The tree's check passes, and so do the files it imports (read only when the body is compiled).
  const compiles = (b: BodySource) => [...inspectBody(b).imports.values()].every((i) => readAsset(i.file, i.kind).ok);
  const passing = readContent(dir).bodies.filter((b) => inspectBody(b).problems.length === 0 && compiles(b));
  const stored = fs.readdirSync(path.join(cache, 'bodies')).filter((f) => f.endsWith('.facts.json'));
  assert.equal(stored.length, new Set(passing.map((b) => `${b.format}\0${b.body}`)).size);
});

test('every look-alike passes the validator and renders', async () => {
  const dir = path.join(FIXTURES, 'lookalikes');
  const { problems, corpus } = await validateContent(dir);
  assert.deepEqual(problems, []);
  const store = new BodyStore(diskCache(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-lookalike-cache-'))));
  const entries = [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses];
  assert.equal(entries.length, filesUnder(dir).length);
  for (const entry of entries) {
    assert.match(renderToStaticMarkup(<BodyContent body={store.renderable(entry)} />), /^(<link [^>]*>)*<div class="prose">[^]*<\/p>[^]*<\/div>$/, entry.sourcePath);
  }
});
