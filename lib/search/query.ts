/**
 * The one-file searcher: the whole lunr index in memory, queried with index.query(...) built in
 * code — never lunr's query syntax, so `foo:`, `*`, `~` or `^` are just text. What each word
 * expands to is decided in terms.ts; ranking in rank.ts. The sharded searcher (sharded.ts) answers
 * the same queries from files fetched on demand, and must agree with this one.
 */
import type { SearchDocument, SearchPayload } from './fields';
import { lunr } from './lunr';
import { rankCandidates, type RankOptions, type SearchResult } from './rank';
import { BOOST, coordination, isPair, parseQuery, planQuery, type TermDictionary } from './terms';

export type { SearchResult } from './rank';

/** A dictionary over a sorted term list: membership and prefix ranges by binary search. */
export function sortedDictionary(sorted: readonly string[]): TermDictionary {
  const known = new Set(sorted);
  const lowerBound = (key: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    has: (term) => known.has(term),
    withPrefix(prefix) {
      const found: string[] = [];
      for (let i = lowerBound(prefix); i < sorted.length && sorted[i].startsWith(prefix); i++) found.push(sorted[i]);
      return found;
    },
  };
}

export function createSearcher(payload: SearchPayload) {
  const index = lunr.Index.load(payload.index);
  const inverted = (payload.index as { invertedIndex: [string, unknown][] }).invertedIndex;
  const allTerms = new Set(inverted.map(([term]) => term));
  const dictionary = sortedDictionary([...allTerms].filter((t) => !isPair(t)).sort());

  function search(text: string, options: { typing?: boolean } & RankOptions = {}): SearchResult<SearchDocument>[] {
    const { needs, pairs } = parseQuery(text, options.typing);
    const plan = planQuery(needs, dictionary);
    // lunr answers a query without clauses with every document: no known term, no results.
    if (plan.clauses.length === 0) return [];
    const hits = index.query((q) => {
      for (const [term, boost] of plan.clauses) q.term(term, { usePipeline: false, boost });
      for (const pair of pairs) if (allTerms.has(pair)) q.term(pair, { usePipeline: false, boost: BOOST.pair });
    });
    const matched = new Map(hits.map((h) => [Number(h.ref), Object.keys(h.matchData.metadata)]));
    const candidates = hits.map((h) => {
      const filled = matched.get(Number(h.ref))!.reduce((bits, t) => bits | (plan.slots.get(t) ?? 0), 0);
      return { ref: Number(h.ref), score: h.score, covers: coordination(plan, filled) };
    });
    return rankCandidates(candidates, plan.needs.length, options).map((c) => ({
      ref: c.ref,
      document: payload.documents[c.ref],
      score: c.score,
      matched: matched.get(c.ref)!,
      complete: c.covers === plan.needs.length,
    }));
  }

  return { search, documents: payload.documents, classTitles: payload.classTitles };
}

export type Searcher = ReturnType<typeof createSearcher>;
