/**
 * The last step of every search, whichever index answered: keep the documents that match every
 * query term (or, when none does, those that match any), best score first, ties in URL order.
 */
import type { SearchDocument } from './fields';

export type Hit = { ref: number; score: number; matched: string[] };

export type SearchResult = {
  document: SearchDocument;
  score: number;
  /** Index terms that matched, for highlighting. */
  matched: string[];
};

/** Orders hits; `wanted` holds, per query term, the index terms that stand for it. */
export function rankHits(hits: Hit[], wanted: ReadonlyArray<ReadonlyMap<string, number>>, limit = Infinity): Hit[] {
  const covers = (hit: Hit) => wanted.filter((terms) => hit.matched.some((m) => terms.has(m))).length;
  const complete = hits.filter((h) => covers(h) === wanted.length);
  return (complete.length > 0 ? complete : hits)
    .filter((h) => covers(h) > 0)
    // Scores equal to a millionth are a tie: summed in another order they differ in the last bits.
    .sort((a, b) => Math.round(b.score * 1e6) - Math.round(a.score * 1e6) || a.ref - b.ref)
    .slice(0, limit);
}
