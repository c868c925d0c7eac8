/** Every page the site generates, as site paths with a trailing slash: one list for links and sitemap. */
import type { Corpus } from './model';
import { numberedPages } from './paginate';
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
    ...numberedPages('/incidents/', corpus.incidents.length),
    ...corpus.failureClasses.flatMap((c) => numberedPages(c.url, taggedWith(corpus, c.id).incidents.length)),
    ...organizations(corpus).flatMap((o) => numberedPages(`/organizations/${o.slug}/`, o.incidents.length)),
    ...years(corpus).flatMap((y) => numberedPages(`/years/${y}/`, incidentsOfYear(corpus, y).length)),
  ]);
}
