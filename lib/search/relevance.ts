/**
 * Relevance measures for `npm run eval:search` (scripts/eval-search.ts): how well a ranked result
 * list answers a query whose relevant documents were judged by hand. Binary relevance throughout.
 */

/** 1 if a relevant document is among the first k results, else 0. */
export function successAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  return ranked.slice(0, k).some((id) => relevant.has(id)) ? 1 : 0;
}

/** 1 / the rank of the first relevant result, or 0 if none is returned. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const at = ranked.findIndex((id) => relevant.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** Normalised discounted cumulative gain of the first k results: 1 when every relevant document leads. */
export function ndcgAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const gain = (rank: number) => 1 / Math.log2(rank + 2);
  const dcg = ranked.slice(0, k).reduce((sum, id, rank) => sum + (relevant.has(id) ? gain(rank) : 0), 0);
  let ideal = 0;
  for (let rank = 0; rank < Math.min(k, relevant.size); rank++) ideal += gain(rank);
  return ideal === 0 ? 0 : dcg / ideal;
}
