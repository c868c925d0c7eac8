/**
 * The last step of every search, whichever index answered. Documents that match every query term
 * come first; then those matching fewer, by how many they match (a coordination factor); within
 * each group, best score first, ties in document order; and only as many as asked for. No cliff:
 * one document matching all the words no longer hides those matching all but one.
 */
import type { SearchDocument } from './fields';

export type Candidate = {
  ref: number;
  score: number;
  /** How many of the query's terms the document matches (through any of their expansions). */
  covers: number;
};

export type SearchResult = {
  document: SearchDocument;
  score: number;
  /** Index terms that matched, for highlighting. */
  matched: string[];
};

/** Scores equal to a millionth are a tie: summed in another order they differ in the last bits. */
const key = (score: number) => Math.round(score * 1e6);

const before = (a: Candidate, b: Candidate) => b.covers - a.covers || key(b.score) - key(a.score) || a.ref - b.ref;

export function rankCandidates(candidates: Candidate[], limit = Infinity): Candidate[] {
  const chosen = candidates.filter((c) => c.covers > 0);
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
