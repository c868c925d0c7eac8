/**
 * mdx-bundler's step (mdx-compile.ts): a folder writeup's own images and data become values, and
 * the esbuild guard refuses on its own what the tree's allow-list refuses, should anything get past it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import { parseCsv, readAsset } from './assets';
import { compileMdx, importGuard } from './mdx-compile';

const EXAMPLES = path.join(__dirname, '__fixtures__', 'examples');

test('a folder writeup compiles with its image at a content-hashed address and its rows as data', async () => {
  const body = 'import diagram from "./diagram.svg"\nimport phases from "./phases.csv"\n\n## Summary\n\n<Figure src={diagram} alt="Two sites">Caption.</Figure>\n\n<Chart data={phases} x="phase" y="minutes" title="Phases">Caption.</Chart>\n';
  const result = await compileMdx({ sourcePath: 'x/index.mdx', format: 'mdx', body, folder: EXAMPLES });
  assert.ok('code' in result, JSON.stringify(result.problems));
  assert.match(result.code, /\/media\/diagram-[0-9a-f]{12}\.svg/);
  assert.match(result.code, /width:320,height:80/);
  assert.match(result.code, /phase:"mitigate",minutes:45/);
  assert.deepEqual(result.facts.media.map((m) => m.source), [path.join(EXAMPLES, 'diagram.svg')]);
});

test('a chart whose columns are not in its data is an error at the chart', async () => {
  const body = 'import phases from "./phases.csv"\n\n<Chart data={phases} x="step" y="minutes" title="Phases" />\n';
  const result = await compileMdx({ sourcePath: 'x/index.mdx', format: 'mdx', body, folder: EXAMPLES });
  assert.deepEqual(result.problems.map((p) => [p.line, p.rule]), [[3, 'mdx-prop']]);
  assert.match(result.problems[0].message, /no "step" \(x\); columns: phase, minutes/);
});

/** Bundles a body that imports `specifier`, with only the guard standing between it and the disk. */
async function guarded(specifier: string, folder: string | undefined): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-guard-'));
  const entry = path.join(dir, '_mdx_bundler_entry_point-test.js');
  fs.writeFileSync(entry, `import x from ${JSON.stringify(specifier)};\nglobalThis.x = x;\n`);
  try {
    await build({ entryPoints: [entry], bundle: true, write: false, logLevel: 'silent', plugins: [importGuard({ sourcePath: 'x', format: 'mdx', body: '', folder }, [], new Map())] });
    return 'bundled';
  } catch (error) {
    return (error as { errors: { text: string }[] }).errors.map((e) => e.text).join('; ');
  }
}

test('the esbuild step refuses, by itself, every import the allow-list refuses', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-writeup-'));
  fs.copyFileSync(path.join(EXAMPLES, 'phases.csv'), path.join(folder, 'phases.csv'));
  fs.writeFileSync(path.join(folder, 'code.js'), 'globalThis.__faultlineImportRan = true;');
  fs.symlinkSync('/etc/hostname', path.join(folder, 'link.csv'));
  fs.writeFileSync(path.join(folder, 'fake.png'), 'globalThis.__faultlineImportRan = true;');
  for (const specifier of ['node:fs', 'fs', 'react', '../phases.csv', '/etc/passwd', './code.js', './link.csv', './phases.csv?raw', 'data:text/javascript,export default 1', 'https://example.com/x.png', './fake.png']) {
    assert.match(await guarded(specifier, folder), /^cannot import/, specifier);
  }
  assert.match(await guarded('./phases.csv', undefined), /only a writeup in a folder/);
  assert.equal(await guarded('./phases.csv', folder), 'bundled');
  assert.equal((globalThis as Record<string, unknown>).__faultlineImportRan, undefined);
});

test('data files: CSV quoting and numbers; keys that would reach a prototype are refused', () => {
  assert.deepEqual(parseCsv('name,n\n"a, ""b""",3\nc,-1.5\n'), { value: [{ name: 'a, "b"', n: 3 }, { name: 'c', n: -1.5 }] });
  assert.match((parseCsv('a,b\n1\n') as { reason: string }).reason, /row 2 has 1 fields where the header has 2/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-data-'));
  fs.writeFileSync(path.join(dir, 'bad.json'), '[{"__proto__": {"polluted": true}}]');
  assert.deepEqual(readAsset(path.join(dir, 'bad.json'), 'data'), { ok: false, reason: 'bad.json: the key "__proto__" is not allowed' });
});
