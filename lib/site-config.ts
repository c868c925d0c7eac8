/** Settings of the deployed site, in one place. */

/** The public address the site is served from: canonical URLs, feeds and the sitemap use it. */
export const SITE_URL = (process.env.FAULTLINE_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const SITE_NAME = 'Faultline';
export const SITE_DESCRIPTION = 'An open-source knowledge base of public incident postmortems, talk notes and failure classes.';

/** Where the source lives: "Edit this page" links point into it. */
export const REPOSITORY_URL = (process.env.FAULTLINE_REPOSITORY_URL ?? 'https://github.com/faultline/faultline').replace(/\/+$/, '');

/** The branch that edit links open. */
export const DEFAULT_BRANCH = process.env.FAULTLINE_BRANCH ?? 'main';

/** The licence of the writeups and the dataset (the code is MIT). */
export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

export function editUrl(sourcePath: string): string {
  return `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${sourcePath.split('/').map(encodeURIComponent).join('/')}`;
}
