/**
 * Incidents that are probably the same one written twice: the same organisation on the same date,
 * or a near-identical title. Used by `npm run new` before writing and by the content check.
 */
import { organizationSlug } from './taxonomy';

export type DuplicateCandidate = { slug?: string; title: string; date: string; organizations: string[] };
export type ExistingIncident = { slug: string; title: string; date: string; organizations: string[]; sourcePath: string };
export type LikelyDuplicate<T extends ExistingIncident> = { entry: T; reason: string };

/** Word sets this similar (Jaccard) are the same title with a word or two changed; equal titles score 1. */
const NEAR_IDENTICAL = 0.8;

/** Lower-case words without diacritics; letters of every script count, so non-Latin titles compare too. */
function titleWords(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function jaccard(left: Set<string>, right: Set<string>): number {
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared);
}

/**
 * How many of a title's rarest words another title must share at least one of to reach the
 * threshold (prefix filtering): with the index on those words alone, the check over 10,000
 * incidents compares each title with a handful of others, not with all of them.
 */
const prefixLength = (size: number) => size - Math.ceil(NEAR_IDENTICAL * size) + 1;

/** Finds the likely duplicates of any candidate among `existing`, indexed once. */
export function duplicateFinder<T extends ExistingIncident>(existing: readonly T[]): (candidate: DuplicateCandidate) => LikelyDuplicate<T>[] {
  const sameDay = new Map<string, T[]>();
  const byWord = new Map<string, T[]>();
  const wordsOf = new Map<T, Set<string>>();
  const frequency = new Map<string, number>();
  for (const entry of existing) {
    const words = new Set(titleWords(entry.title));
    wordsOf.set(entry, words);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    for (const org of new Set(entry.organizations.map(organizationSlug))) push(sameDay, `${org} ${entry.date}`, entry);
  }
  const rarestFirst = (words: Set<string>) => [...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a.localeCompare(b));
  for (const [entry, words] of wordsOf) for (const word of rarestFirst(words).slice(0, prefixLength(words.size))) push(byWord, word, entry);

  return (candidate) => {
    const reasons = new Map<T, string[]>();
    const note = (entry: T, reason: string) => {
      if (entry.slug === candidate.slug) return;
      const list = reasons.get(entry) ?? reasons.set(entry, []).get(entry)!;
      if (!list.includes(reason)) list.push(reason);
    };
    for (const org of new Set(candidate.organizations.map(organizationSlug))) {
      for (const entry of sameDay.get(`${org} ${candidate.date}`) ?? []) note(entry, 'same organisation and date');
    }
    const words = new Set(titleWords(candidate.title));
    if (words.size > 0) {
      for (const word of rarestFirst(words).slice(0, prefixLength(words.size))) {
        for (const entry of byWord.get(word) ?? []) if (jaccard(words, wordsOf.get(entry)!) >= NEAR_IDENTICAL) note(entry, 'near-identical title');
      }
    }
    return [...reasons].map(([entry, found]) => ({ entry, reason: found.join(', ') }));
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  (map.get(key) ?? map.set(key, []).get(key)!).push(value);
}

export function likelyDuplicates<T extends ExistingIncident>(candidate: DuplicateCandidate, existing: readonly T[]): LikelyDuplicate<T>[] {
  return duplicateFinder(existing)(candidate);
}
