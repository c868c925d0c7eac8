/** Settings of the deployed site, in one place. */

/** Where the source lives: "Edit this page" links point into it. */
export const REPOSITORY_URL = (process.env.FAULTLINE_REPOSITORY_URL ?? 'https://github.com/faultline/faultline').replace(/\/+$/, '');

/** The branch that edit links open. */
export const DEFAULT_BRANCH = process.env.FAULTLINE_BRANCH ?? 'main';

export function editUrl(sourcePath: string): string {
  return `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${sourcePath.split('/').map(encodeURIComponent).join('/')}`;
}
