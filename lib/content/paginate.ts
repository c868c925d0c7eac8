/** Long lists in pages: /incidents/, then /incidents/page/2/, … (page 1 also at /page/1/, canonical to the list). */

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

/** Every numbered page of a list, page 1 included (export needs at least one per route). */
export function numberedPages(base: string, total: number): string[] {
  return Array.from({ length: pageCount(total) }, (_, i) => `${base}page/${i + 1}/`);
}
