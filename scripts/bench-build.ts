/**
 * `npm run bench [-- --docs 1000]`: builds generated corpora (default 1,000 and 10,000 incidents)
 * and prints one table: cold build wall time and peak memory of the whole process tree, ms per
 * page, the related-by-text step, a rebuild with nothing changed, rebuilds after one file changed (its body; the newest entry's body; a title), out/ size per incident,
 * the largest page, the incident page's first-load JavaScript, and the search figures of
 * `npm run bench:search` for the same corpus (--no-search to skip them).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './corpus-generator';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000,10000' }, seed: { type: 'string', default: '42' }, 'no-search': { type: 'boolean', default: false } } });
const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.cache', 'bench-build');

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = fs.readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function timedBuild(env: NodeJS.ProcessEnv): Promise<{ seconds: number; peak: number; log: string }> {
  const started = performance.now();
  const child = spawn('npm', ['run', '-s', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  const code = await new Promise<number>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, peak, log };
}

function sizeOf(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).reduce((s, f) => s + fs.statSync(path.join(f.parentPath, f.name)).size, 0);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function bench(count: number): Promise<Record<string, string>> {
  const content = path.join(WORK, `corpus-${count}`);
  const out = path.relative(ROOT, path.join(WORK, `out-${count}`));
  const work = path.join(WORK, `work-${count}`);
  generateCorpus(content, { count, seed: Number(values.seed) });
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: content, FAULTLINE_OUT_DIR: out, FAULTLINE_WORK_DIR: work, NEXT_TELEMETRY_DISABLED: '1' };

  const cold = await timedBuild(env);
  const pages = fs.readdirSync(path.join(ROOT, out), { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name === 'index.html');
  const unchanged = await timedBuild(env);
  const compiledAgain = /nothing changed since the last build/.test(unchanged.log)
    ? 'up to date, nothing run'
    : `processed ${/processed (\d+) bodies/.exec(unchanged.log)?.[1] ?? '?'} bodies`;

  // One file changed, three times: a sentence added to a writeup (only its page shows the body),
  // the same to the newest, then a title (lists, feeds and neighbours show it too). The next run generates the corpus afresh.
  const files = fs.readdirSync(path.join(content, 'incidents'));
  const edit = async (name: string, change: (text: string) => string) => {
    const file = path.join(content, 'incidents', name);
    fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
    return timedBuild(env);
  };
  const oneChanged = await edit(files[0], (text) => `${text}\nOne more sentence, changed for the benchmark.\n`);
  // The newest incident's body (newest first, as lib/content/load.ts sorts: date, then slug): it
  // once was the detail routes' template, and forced next build.
  const [newest] = [...files].sort((a, b) => b.slice(0, 10).localeCompare(a.slice(0, 10)) || a.localeCompare(b));
  const newestChanged = await edit(newest, (text) => `${text}\nOne more sentence, changed for the benchmark.\n`);
  const titleChanged = await edit(files[Math.floor(files.length / 2)], (text) => text.replace(/^title: "(.*)"$/m, 'title: "$1, revised"'));
  const rendered = (log: string) => {
    const [, details = 'all'] = /render plan: (\d+) incident and talk pages changed/.exec(log) ?? [];
    return `${details} detail pages changed, ${/next build is skipped/.test(log) ? 'next build skipped' : 'next build ran'}`;
  };

  const outDir = path.join(ROOT, out);
  const shared = sizeOf(path.join(outDir, '_next')) + sizeOf(path.join(outDir, 'search-index'));
  const total = sizeOf(outDir);
  let largest = { page: '', bytes: 0 };
  for (const p of pages) {
    const bytes = gzipSync(fs.readFileSync(path.join(p.parentPath, p.name))).length;
    if (bytes > largest.bytes) largest = { page: `/${path.relative(outDir, p.parentPath)}/`, bytes };
  }
  const weight = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/page-weight.ts'], { cwd: ROOT, env, encoding: 'utf8' }).stdout;
  const incidentJs = /\| incident [^|]*\| \d+ \| ([^|]+) \|/.exec(weight)?.[1]?.trim() ?? '?';

  return {
    incidents: String(count),
    'cold build': `${cold.seconds.toFixed(0)} s`,
    'peak memory (tree)': mb(cold.peak),
    'ms per page': (cold.seconds * 1000 / pages.length).toFixed(1),
    pages: String(pages.length),
    // The one page-data step that reads every entry's text (lib/content/similar-text.ts).
    'related by text': `${/related by text: \d+ incidents and talks compared in ([\d.]+ s)/.exec(cold.log)?.[1] ?? '?'}`,
    'nothing changed': `${unchanged.seconds.toFixed(0)} s (${compiledAgain})`,
    'one body changed': `${oneChanged.seconds.toFixed(0)} s (${rendered(oneChanged.log)})`,
    'newest body changed': `${newestChanged.seconds.toFixed(0)} s (${rendered(newestChanged.log)})`,
    'one title changed': `${titleChanged.seconds.toFixed(0)} s (${rendered(titleChanged.log)})`,
    'out/': `${mb(total)} (${kb((total - shared) / count)} per incident + ${mb(shared)} shared)`,
    'largest page (gzip)': `${kb(largest.bytes)} ${largest.page}`,
    'incident page JS (gzip)': incidentJs,
  };
}

async function main() {
  fs.mkdirSync(WORK, { recursive: true });
  const rows: Record<string, string>[] = [];
  for (const size of values.docs.split(',').map(Number)) {
    rows.push(await bench(size));
    console.error(`${size}: built`);
  }
  const columns = Object.keys(rows[0]);
  console.log(`\nbuild benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${mb(os.totalmem())} memory, seed ${values.seed}\n`);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`|${columns.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(' | ')} |`);
  if (!values['no-search']) {
    const search = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/bench-search.ts', '--docs', values.docs, '--seed', values.seed], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    console.log(search.stdout);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
