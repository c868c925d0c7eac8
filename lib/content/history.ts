/**
 * "Last updated" dates from git history: one `git log` over the content folder per build, not one
 * per page. Outside a git checkout (a tarball, an export) there are simply no dates, and in a
 * shallow clone — the default of many deploy hosts — neither: its oldest commit would date every
 * file it did not see change to the day of the clone's cut.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

let dates: Map<string, string> | undefined;

/** The committer date (YYYY-MM-DD) of the last commit that touched the file, if git knows it. */
export function lastUpdated(sourcePath: string): string | undefined {
  dates ??= readHistory();
  return dates.get(path.normalize(sourcePath));
}

function readHistory(): Map<string, string> {
  const found = new Map<string, string>();
  let log: string;
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (isShallow()) return found;
    const prefix = path.relative(root, process.cwd());
    log = execFileSync('git', ['log', '--format=>%cs', '--name-only', '--no-renames', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('>')) date = line.slice(1);
      else if (line) {
        // git prints paths from the repository root; pages know them from the working directory.
        const file = path.normalize(path.relative(prefix, line));
        if (!found.has(file)) found.set(file, date);
      }
    }
  } catch {
    // Not a git checkout: no dates rather than wrong ones.
  }
  return found;
}

export function isShallow(): boolean {
  return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
}
