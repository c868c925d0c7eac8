/** Settings of the deployed site, in one place. */
import { execFileSync } from 'node:child_process';

/** The public address the site is served from: canonical URLs, feeds and the sitemap use it. */
export const SITE_URL = (process.env.FAULTLINE_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const SITE_NAME = 'Faultline';
export const SITE_DESCRIPTION = 'An open-source knowledge base of public incident postmortems, talk notes and failure classes.';

/**
 * Where the source lives, for "Edit this page": FAULTLINE_REPOSITORY_URL, else the repository a
 * GitHub Actions run builds, else the clone's `origin` when it is on GitHub. Never a guess: with
 * none of them the pages have no edit link (and scripts/build.ts refuses a deploy build).
 */
export function repositoryFrom(env: Record<string, string | undefined>, origin: string | undefined): string | undefined {
  if (env.FAULTLINE_REPOSITORY_URL) return env.FAULTLINE_REPOSITORY_URL.replace(/\/+$/, '');
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  const onGitHub = /^(?:https:\/\/|ssh:\/\/git@|git@)github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(origin?.trim() ?? '');
  return onGitHub ? `https://github.com/${onGitHub[1]}` : undefined;
}

function gitOrigin(): string | undefined {
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

export const REPOSITORY_URL = repositoryFrom(process.env, gitOrigin());

/** The branch that edit links open. */
export const DEFAULT_BRANCH = process.env.FAULTLINE_BRANCH ?? 'main';

/** The licence of the writeups and the dataset (the code is MIT). */
export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

export function editUrl(sourcePath: string): string | undefined {
  if (!REPOSITORY_URL) return undefined;
  return `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${sourcePath.split('/').map(encodeURIComponent).join('/')}`;
}
