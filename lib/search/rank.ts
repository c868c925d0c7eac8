/**
 * The last step of every search, whichever index answered: keep the documents that match every
 * query term (or, when none does, those that match any), best score first, ties in document
 * order, and only as many as asked for.
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

const before = (a: Candidate, b: Candidate) => key(b.score) - key(a.score) || a.ref - b.ref;

export function rankCandidates(candidates: Candidate[], termCount: number, limit = Infinity): Candidate[] {
  const complete = candidates.filter((c) => c.covers === termCount);
  const chosen = complete.length > 0 ? complete : candidates.filter((c) => c.covers > 0);
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
