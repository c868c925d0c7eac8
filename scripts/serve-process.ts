/**
 * The exported site served by scripts/serve.ts in a process of its own, as a real host would be,
 * for the search benchmark and the offline end-to-end tests: started on a free port, and stopped
 * with its whole process group (tsx runs serve.ts in a child) — a stop the offline tests use to
 * take the network away from a page and its service worker.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const answers = (origin: string) => fetch(`${origin}/`).then((r) => r.ok, () => false);

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await condition()); i++) await new Promise((ok) => setTimeout(ok, 100));
}

export async function serveSite(site: string, port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  const origin = `http://127.0.0.1:${port}`;
  // A server left on the port by an interrupted run would answer with another site's files.
  if (await answers(origin)) throw new Error(`port ${port} is in use: stop what listens there first`);
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/serve.ts'], {
    env: { ...process.env, FAULTLINE_OUT_DIR: site, PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  let running = true;
  const kill = () => {
    if (running) process.kill(-server.pid!);
    running = false;
  };
  process.once('exit', kill);
  await until(() => answers(origin));
  return {
    origin,
    async stop() {
      kill();
      process.off('exit', kill);
      await until(async () => !(await answers(origin)));
    },
  };
}
