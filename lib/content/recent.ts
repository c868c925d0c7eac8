/**
 * What is new on the site: the entries that joined the collection last. An entry's `added` day says
 * when; git history cannot, since deploy hosts often build from a shallow clone (history.ts).
 */

type Dated = { added?: string; date: string; slug: string };

/** Newest `added` first; on the same day, the more recent event first; entries without `added` last. */
export function recentlyAdded<T extends Dated>(entries: readonly T[], count: number): T[] {
  return [...entries]
    .sort((a, b) => compareDesc(a.added ?? '', b.added ?? '') || compareDesc(a.date, b.date) || a.slug.localeCompare(b.slug))
    .slice(0, count);
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
