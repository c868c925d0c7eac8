/**
 * The last step of every search, whichever index answered. Documents that match every query term
 * come first; then those matching fewer, by how many they match (a coordination factor); within
 * each group, best score first, ties in document order; and only as many as asked for. No cliff:
 * one document matching all the words no longer hides those matching all but one.
 */
import type { SearchLabel } from './fields';

export type Candidate = {
  ref: number;
  score: number;
  /** How many of the query's terms the document matches (through any of their expansions). */
  covers: number;
};

/** A result with its label (the sharded searcher) or its whole store record (the one-file searcher, or after `details`). */
export type SearchResult<D extends SearchLabel = SearchLabel> = {
  /** The document's place in the index's store. */
  ref: number;
  document: D;
  score: number;
  /** Index terms that matched, for highlighting. */
  matched: string[];
  /** Whether it matches every word of the query; those come first, the rest after them. */
  complete: boolean;
};

export type RankOptions = {
  /** Results wanted at most. */
  limit?: number;
  /** Results matching only some of the words wanted at most (a results page's cost at scale). */
  partial?: number;
};

/** Scores equal to a millionth are a tie: summed in another order they differ in the last bits. */
const key = (score: number) => Math.round(score * 1e6);

const before = (a: Candidate, b: Candidate) => b.covers - a.covers || key(b.score) - key(a.score) || a.ref - b.ref;

/** `needs` is how many things the query asks for: a candidate covering them all is complete. */
export function rankCandidates(candidates: Candidate[], needs: number, { limit = Infinity, partial = Infinity }: RankOptions = {}): Candidate[] {
  const complete = candidates.filter((c) => c.covers === needs);
  const some = best(candidates.filter((c) => c.covers > 0 && c.covers < needs), Math.min(partial, limit));
  return best(complete.concat(some), limit);
}

function best(chosen: Candidate[], limit: number): Candidate[] {
  if (limit <= 0) return [];
  if (chosen.length <= limit) return chosen.sort(before);
  // A page of results from thousands of matches: keep the best `limit` in one pass.
  const top: Candidate[] = [];
  for (const c of chosen) {
    if (top.length === limit && before(c, top[limit - 1]) >= 0) continue;
    let i = Math.min(top.length, limit - 1);
    top[i] = c;
    while (i > 0 && before(top[i], top[i - 1]) < 0) {
      [top[i], top[i - 1]] = [top[i - 1], top[i]];
      i--;
    }
  }
  return top;
}
