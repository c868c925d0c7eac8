/**
 * `npm run bench:search [-- --docs real,1000,10000]`: Faultline's search beside Pagefind on the same
 * documents, measured in Chromium. Prints index size (raw and gzipped, per document), load time,
 * query p50/p95 on a warm page (for the sharded index: a new query's round trips and bytes), and bytes downloaded before the first result on a cold page.
 * Corpora: the real content/ and seeded generated ones (scripts/corpus-generator.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Request } from '@playwright/test';
import { build } from 'esbuild';
import { loadCorpus } from '../lib/content/load';
import { bodyFacts, type Corpus } from '../lib/content';
import { buildSearchIndex } from '../lib/search/build';
import { shardIndex } from '../lib/search/shards';
import { chromiumLaunchOptions } from './chromium';
import { generateCorpus } from './corpus-generator';
import { serveSite } from './serve-process';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: 'real,1000,10000' },
    queries: { type: 'string', default: '200' },
    cold: { type: 'string', default: '20' },
    seed: { type: 'string', default: '42' },
  },
});
const WORK = path.resolve('.cache/bench-search');
// Pagefind ships as an ES module only; this script runs as CommonJS.
const pagefindModule = import('pagefind');

type Row = Record<string, string>;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Seeded queries of one to three words taken from the documents themselves. */
function queriesFor(corpus: Corpus, count: number, seed: number): string[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const entries = [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses];
  const queries: string[] = [];
  while (queries.length < count) {
    const entry = entries[Math.floor(random() * entries.length)];
    const words = `${entry.title} ${entry.summary}`.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}.-]/gu, '')).filter((w) => w.length > 3);
    if (words.length < 3) continue;
    const n = 1 + Math.floor(random() * 3);
    const start = Math.floor(random() * (words.length - n));
    queries.push(words.slice(start, start + n).join(' ').toLowerCase());
  }
  return queries;
}

type Prepared = { site: string; indexBytes: number; indexGzip: number; shardBytes: number; shardGzip: number; shardFiles: number; pagefindBytes: number; docs: number };

async function prepare(name: string, corpus: Corpus): Promise<Prepared> {
  const site = path.join(WORK, `site-${name}`);
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  const payload = buildSearchIndex(corpus);
  const json = JSON.stringify(payload);
  fs.writeFileSync(path.join(site, 'faultline.json'), json);
  const { files } = shardIndex(payload);
  let shardBytes = 0;
  let shardGzip = 0;
  for (const [file, content] of files) {
    fs.mkdirSync(path.dirname(path.join(site, 'shards', file)), { recursive: true });
    fs.writeFileSync(path.join(site, 'shards', file), content);
    shardBytes += content.length;
    shardGzip += gzipSync(content).length;
  }
  await build({ entryPoints: [path.resolve('scripts/bench/browser-entry.ts')], bundle: true, minify: true, format: 'iife', globalName: 'FaultlineSearch', outfile: path.join(site, 'faultline-search.js'), logLevel: 'error' });
  fs.copyFileSync(path.resolve('scripts/bench/bench.html'), path.join(site, 'index.html'));

  const { index } = await (await pagefindModule).createIndex({});
  if (!index) throw new Error('pagefind did not start');
  const entries = [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses];
  for (const entry of entries) {
    const { text } = bodyFacts(entry);
    await index.addCustomRecord({ url: entry.url, content: `${entry.title}\n${entry.summary}\n${text}`, language: 'en', meta: { title: entry.title } });
  }
  await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  const pagefindBytes = fs
    .readdirSync(path.join(site, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.pf_(index|fragment|meta)$|pagefind-entry\.json$/.test(f.name))
    .reduce((sum, f) => sum + fs.statSync(path.join(f.parentPath, f.name)).size, 0);
  return { site, indexBytes: json.length, indexGzip: gzipSync(json).length, shardBytes, shardGzip, shardFiles: files.size, pagefindBytes, docs: entries.length };
}

type Engine = 'faultline' | 'sharded' | 'pagefind';

async function measure(browser: Browser, origin: string, engine: Engine, queries: string[], coldRuns: number) {
  const firstBytes: number[] = [];
  const firstMs: number[] = [];
  const loads: number[] = [];
  for (const q of queries.slice(0, coldRuns)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    // Bytes as sent: the server gzips text as a CDN would; Pagefind's own files come compressed.
    let bytes = 0;
    const pending: Promise<void>[] = [];
    const count = (r: Request) => void pending.push(r.sizes().then((s) => void (bytes += s.responseBodySize)));
    page.on('requestfinished', count);
    const result = await page.evaluate(([e, query]) => (window as any).bench[e](query), [engine, q] as const);
    // Requests an engine starts after its first result (Pagefind prefetches) are not counted.
    page.off('requestfinished', count);
    await Promise.all(pending);
    firstBytes.push(bytes);
    firstMs.push(result.load + result.query);
    loads.push(result.load);
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.evaluate(([e]) => (window as any).bench[e]('warm up'), [engine] as const);
  const times: number[] = [];
  const cached: number[] = [];
  const tops: string[][] = [];
  // Sharded only: how many round trips, and how many bytes, a query whose files are new costs.
  const rounds: number[] = [];
  const queryBytes: number[] = [];
  for (const q of queries) {
    const result = await page.evaluate(([e, query]) => (window as any).bench[e](query), [engine, q] as const);
    times.push(result.query);
    tops.push(result.top);
    rounds.push(result.rounds ?? 0);
    queryBytes.push(result.bytes ?? 0);
    // The same query again: every file it needs is in memory, so this is the engine's own time.
    cached.push((await page.evaluate(([e, query]) => (window as any).bench[e](query), [engine, q] as const)).query);
  }
  await context.close();
  return { firstBytes, firstMs, loads, times, cached, tops, rounds, queryBytes };
}

async function main() {
  fs.mkdirSync(WORK, { recursive: true });
  const rows: Row[] = [];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const name of values.docs.split(',')) {
      const corpus = name === 'real' ? loadCorpus(path.resolve('content')) : (() => {
        const dir = path.join(WORK, `corpus-${name}`);
        generateCorpus(dir, { count: Number(name), seed: Number(values.seed) });
        return loadCorpus(dir);
      })();
      const started = performance.now();
      const prepared = await prepare(name, corpus);
      console.error(`${name}: indexes built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      // The server runs in its own process, as a real one would, not in this script's event loop.
      const { origin, stop } = await serveSite(prepared.site, 3900);
      const queries = queriesFor(corpus, Number(values.queries), Number(values.seed));
      const tops = new Map<Engine, string[][]>();
      for (const engine of ['faultline', 'sharded', 'pagefind'] as const) {
        const m = await measure(browser, origin, engine, queries, Number(values.cold));
        tops.set(engine, m.tops);
        const size = {
          faultline: [`${kb(prepared.indexBytes)} (${(prepared.indexBytes / prepared.docs / 1024).toFixed(1)} KB/doc)`, `${kb(prepared.indexGzip)} (${(prepared.indexGzip / prepared.docs / 1024).toFixed(2)} KB/doc)`],
          sharded: [`${kb(prepared.shardBytes)} in ${prepared.shardFiles} files`, `${kb(prepared.shardGzip)} (${(prepared.shardGzip / prepared.docs / 1024).toFixed(2)} KB/doc)`],
          pagefind: [`${kb(prepared.pagefindBytes)} (compressed files)`, '—'],
        }[engine];
        const agreement = engine === 'sharded' ? sameTopTen(tops.get('faultline')!, m.tops) : '';
        rows.push({
          corpus: name === 'real' ? `real (${prepared.docs})` : name,
          engine: { faultline: 'lunr, one file', sharded: 'lunr, sharded', pagefind: 'Pagefind' }[engine],
          'index raw': size[0],
          'index gzip': size[1],
          'load p50': ms(percentile(m.loads, 50)),
          'query p50 / p95': `${ms(percentile(m.times, 50))} / ${ms(percentile(m.times, 95))}`,
          'files cached p50 / p95': `${ms(percentile(m.cached, 50))} / ${ms(percentile(m.cached, 95))}`,
          'cold first result p50 / p95': `${ms(percentile(m.firstMs, 50))} / ${ms(percentile(m.firstMs, 95))}`,
          'bytes before 1st result p50 / p95': `${kb(percentile(m.firstBytes, 50))} / ${kb(percentile(m.firstBytes, 95))}`,
          'new query: round trips (share in 1; p95; max)': engine === 'sharded' ? roundTrips(m.rounds) : '',
          'new query: bytes p50 / p95': engine === 'sharded' ? `${kb(percentile(m.queryBytes, 50))} / ${kb(percentile(m.queryBytes, 95))}` : '',
          'same top 10 as one file': agreement,
        });
        console.error(`${name} ${engine}: done`);
      }
      await stop();
    }
  } finally {
    await browser.close();
    await (await pagefindModule).close();
  }
  printTable(rows);
}

/** Of the queries that fetched anything, the share done in one round trip; then p95 and max. */
function roundTrips(rounds: number[]): string {
  const fetched = rounds.filter((r) => r > 0);
  const one = fetched.filter((r) => r === 1).length;
  return `${((one / fetched.length) * 100).toFixed(0)}% of ${fetched.length}; ${percentile(fetched, 95)}; ${Math.max(...fetched)}`;
}

/** The share of queries whose top ten (URLs, in order) are the same in both runs. */
function sameTopTen(expected: string[][], actual: string[][]): string {
  const same = expected.filter((top, i) => JSON.stringify(top) === JSON.stringify(actual[i])).length;
  return `${((same / expected.length) * 100).toFixed(1)}%`;
}

function printTable(rows: Row[]) {
  const columns = Object.keys(rows[0]);
  console.log(`\nsearch benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Chromium, queries: ${values.queries} warm, ${values.cold} cold\n`);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`|${columns.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(' | ')} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
