/**
 * `npm run new` in a real terminal: what is typed must show. script(1) gives the scaffolder a
 * pseudo-terminal; the answers are typed into it one at a time, each after its question appears.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..');
const SCRIPT = '/usr/bin/script';
/** How long one question may take to appear, tsx's start-up included. */
const WAIT_MS = 8000;

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

test('typed answers are echoed in a terminal', { skip: process.platform !== 'linux' || !fs.existsSync(SCRIPT), timeout: 20_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-new-tty-'));
  fs.cpSync(path.join(ROOT, 'e2e/fixtures/content/failure-classes'), path.join(dir, 'failure-classes'), { recursive: true });
  const command = `${quote(path.join(ROOT, 'node_modules/.bin/tsx'))} scripts/new.ts incident`;
  // util-linux script: -q quiet, -f flush at once, -e its exit status is the command's, -c the command.
  const child = spawn(SCRIPT, ['-qfec', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, TERM: 'xterm' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

  /** Resolves once `text` shows after what was already read; rejects with the screen so far. */
  let read = 0;
  async function waitFor(text: string, why: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const at = screen.indexOf(text, read);
      if (at >= 0) {
        read = at + text.length;
        return;
      }
      if (Date.now() > deadline || child.exitCode !== null) assert.fail(`${why}; the terminal showed:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  /** Types a line as a terminal sends it: Enter is a carriage return. */
  const type = (answer: string) => child.stdin.write(`${answer}\r`);

  try {
    await waitFor('Title (10–120 characters): ', 'the title was not asked for');
    type('Example: a router fails quietly');
    await waitFor('Example: a router fails quietly', 'the typed title was not echoed');
    await waitFor('Date the incident began (YYYY-MM-DD): ', 'the date was not asked for');
    type('2011-03-17');
    await waitFor('Organisations, comma-separated: ', 'the organisations were not asked for');
    type('Example Cloud');
    await waitFor('[example-cloud-router-fails-quietly]: ', 'no short name was suggested');
    type('');
    await waitFor('Failure classes, comma-separated: ', 'the failure classes were not asked for');
    type('gray-failure');
    await waitFor('Wrote ', 'nothing was written');
    assert.equal(await exited, 0, screen);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'incidents')), ['2011-03-17-example-cloud-router-fails-quietly.mdx']);
  } finally {
    // script(1) passes the signal on to the scaffolder.
    if (child.exitCode === null) child.kill('SIGTERM');
    child.stdin.end();
  }
});
