/** Long lists in pages: /incidents/, then /incidents/page/2/, /incidents/page/3/, … */

export const PAGE_SIZE = 50;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The path of page n of a list whose first page is at base (which ends with a slash). */
export function pagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

/** The numbered pages of a list: 2 and up (page 1 is the list itself). */
export function numberedPages(base: string, total: number): number[] {
  return Array.from({ length: pageCount(total) - 1 }, (_, i) => i + 2);
}

/**
 * Route params for the numbered pages of many lists. A static export refuses a route without any
 * page, so when no list is long enough the first list's page 1 stands in (a copy of that list,
 * canonical to it) — one page, not a copy of every list.
 */
export function numberedParams<T>(lists: { params: T; total: number }[]): (T & { n: string })[] {
  const found = lists.flatMap(({ params, total }) => numberedPages('', total).map((n) => ({ ...params, n: String(n) })));
  return found.length > 0 || lists.length === 0 ? found : [{ ...lists[0].params, n: '1' }];
}

/** A stand-in (numberedParams): a numbered route's page 1, a copy of its list, canonical to it and never indexed. */
export function isStandIn(url: string): boolean {
  return url.endsWith('/page/1/');
}
