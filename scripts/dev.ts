/**
 * `npm run dev`, the contributor's live preview: builds the site script and the search index, then
 * runs `next dev`, which re-reads content on every request. A content problem stops nothing: the
 * index is built from the files without problems (drafts included, as the pages show them), the
 * problems are printed once, and the pages list them (lib/content/index.ts). The index is rebuilt
 * whenever a file under the content folder changes, so that search finds what was just written.
 * Arguments go to next dev (`npm run dev -- -p 4000`); signals too, and this exits as it does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentDir } from '../lib/content';

const ROOT = path.resolve(__dirname, '..');
// An editor's save is often several events (a temporary file, a rename): one rebuild for them all.
const SETTLE_MS = 200;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// Scripts run in node with tsx's loader, as scripts/build.ts runs them.
const scriptArgs = (file: string, ...args: string[]) => ['--import', 'tsx', path.join(ROOT, file), ...args];

for (const [file, ...args] of [['scripts/build-enhance.ts'], ['scripts/build-search.ts', '--public']]) {
  // Content problems do not fail these; anything else would leave the preview broken.
  const { status } = spawnSync(process.execPath, scriptArgs(file, ...args), { cwd: ROOT, stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

let indexing: ChildProcess | undefined;
let changedMeanwhile = false;
let settling: NodeJS.Timeout | undefined;

function reindex(): void {
  if (indexing) {
    changedMeanwhile = true;
    return;
  }
  indexing = spawn(process.execPath, scriptArgs('scripts/build-search.ts', '--public'), { cwd: ROOT, stdio: 'inherit', env });
  indexing.on('exit', () => {
    indexing = undefined;
    if (changedMeanwhile) {
      changedMeanwhile = false;
      reindex();
    }
  });
}

const watcher = fs.watch(contentDir(), { recursive: true }, () => {
  clearTimeout(settling);
  settling = setTimeout(reindex, SETTLE_MS);
});
watcher.on('error', (error) => console.error(`content is no longer watched (${error.message}): restart npm run dev to search new content`));

const next = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => next.kill(signal));
next.on('exit', (code, signal) => {
  watcher.close();
  clearTimeout(settling);
  indexing?.kill();
  process.exit(code ?? 128 + (signal ? os.constants.signals[signal] : 0));
});
