/** Every page the site generates, as site paths with a trailing slash: one list for links and sitemap. */
import { listPageUrls } from './list-pages';
import { isStandIn } from './paginate';
import type { Corpus } from './model';

export const FIXED_PAGES = ['/', '/incidents/', '/talks/', '/failure-classes/', '/organizations/', '/years/', '/search/', '/stats/', '/about/data/', '/about/offline/'];

export function sitePaths(corpus: Corpus): Set<string> {
  return new Set([
    ...FIXED_PAGES,
    ...corpus.incidents.map((e) => e.url),
    ...corpus.talks.map((e) => e.url),
    // Failure classes, organisations and years, and long lists' numbered pages (paginate.ts); a
    // stand-in page 1 exists only because a static export needs one page per route: not a page to list.
    ...listPageUrls(corpus).filter((url) => !isStandIn(url)),
  ]);
}
