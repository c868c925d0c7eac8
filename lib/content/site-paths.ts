/** Every page the site generates, as site paths with a trailing slash: one list for links and sitemap. */
import type { Corpus } from './model';
import { numberedParams } from './paginate';
import { incidentsOfYear, organizations, taggedWith, years } from './taxonomy';

export const FIXED_PAGES = ['/', '/incidents/', '/talks/', '/failure-classes/', '/organizations/', '/years/', '/search/', '/stats/', '/about/data/'];

export function sitePaths(corpus: Corpus): Set<string> {
  return new Set([
    ...FIXED_PAGES,
    ...corpus.incidents.map((e) => e.url),
    ...corpus.talks.map((e) => e.url),
    ...corpus.failureClasses.map((e) => e.url),
    ...organizations(corpus).map((o) => `/organizations/${o.slug}/`),
    ...years(corpus).map((y) => `/years/${y}/`),
    // Long lists come in numbered pages too (see paginate.ts).
    ...listPages(corpus).map(({ base, n }) => `${base}page/${n}/`),
  ]);
}

/** The numbered list pages the routes generate, with the list each belongs to. */
export function listPages(corpus: Corpus): { base: string; n: string }[] {
  const group = (lists: { base: string; total: number }[]) => numberedParams(lists.map(({ base, total }) => ({ params: { base }, total })));
  return [
    ...group([{ base: '/incidents/', total: corpus.incidents.length }]),
    ...group(corpus.failureClasses.map((c) => ({ base: c.url, total: taggedWith(corpus, c.id).incidents.length }))),
    ...group(organizations(corpus).map((o) => ({ base: `/organizations/${o.slug}/`, total: o.incidents.length }))),
    ...group(years(corpus).map((y) => ({ base: `/years/${y}/`, total: incidentsOfYear(corpus, y).length }))),
  ];
}
