/** Every page the site generates, as site paths with a trailing slash: one list for links and sitemap. */
import type { Corpus } from './model';
import { organizations, years } from './taxonomy';

export const FIXED_PAGES = ['/', '/incidents/', '/talks/', '/failure-classes/', '/organizations/', '/years/', '/search/', '/stats/', '/about/data/'];

export function sitePaths(corpus: Corpus): Set<string> {
  return new Set([
    ...FIXED_PAGES,
    ...corpus.incidents.map((e) => e.url),
    ...corpus.talks.map((e) => e.url),
    ...corpus.failureClasses.map((e) => e.url),
    ...organizations(corpus).map((o) => `/organizations/${o.slug}/`),
    ...years(corpus).map((y) => `/years/${y}/`),
  ]);
}
