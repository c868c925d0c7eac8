/** "Last updated" comes from git, and only where git knows the whole history. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const HISTORY = path.join(__dirname, 'history.ts');

/** lastUpdated() of a file, asked in `cwd` as a build there would ask it. */
function lastUpdatedIn(cwd: string, file: string): string {
  return execFileSync(process.execPath, ['--import', require.resolve('tsx'), '-e', `console.log(require(${JSON.stringify(HISTORY)}).lastUpdated(${JSON.stringify(file)}) ?? 'none')`], { cwd, encoding: 'utf8' }).trim();
}

test('a full clone dates a file by its last commit; a shallow clone gives no date rather than a wrong one', () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-history-'));
  git(repo, 'init', '-q', '-b', 'main');
  const commit = (file: string, date: string) => {
    fs.writeFileSync(path.join(repo, file), date);
    git(repo, 'add', file);
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', file], {
      cwd: repo,
      env: { ...process.env, GIT_COMMITTER_DATE: `${date}T12:00:00Z`, GIT_AUTHOR_DATE: `${date}T12:00:00Z` },
    });
  };
  commit('old.mdx', '2020-01-01');
  commit('new.mdx', '2024-06-01');
  assert.equal(lastUpdatedIn(repo, 'old.mdx'), '2020-01-01');

  const shallow = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-shallow-')), 'clone');
  git(os.tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
  // git alone would date old.mdx 2024-06-01, the day of the only commit the clone has.
  assert.equal(lastUpdatedIn(shallow, 'old.mdx'), 'none');
});
