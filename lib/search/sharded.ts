/**
 * The sharded searcher: answers the same queries as the one-file searcher (query.ts), with the
 * same expansion (terms.ts), the same lunr weights and the same scoring — lunr's
 * Σ_fields (q·d_field) / |q| — but fetches only the files a query needs: the manifest once, then
 * the posting chunks of its terms, a dictionary piece when a word needs correcting or completing,
 * and the store chunks of the results it shows.
 */
import type { SearchDocument } from './fields';
import { rankCandidates, type Candidate, type SearchResult } from './rank';
import { chunkFile, pieceFile, storeFile, type PostingChunk, type ShardManifest } from './shard-format';
import { BOOST, expand, parseQuery, pieceKey, type TermDictionary } from './terms';

export type Fetcher = (file: string) => Promise<unknown>;

export function createShardedSearcher(manifest: ShardManifest, fetchFile: Fetcher) {
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(file: string) => {
    let pending = cache.get(file);
    if (!pending) {
      pending = fetchFile(file);
      cache.set(file, pending);
      pending.catch(() => cache.delete(file));
    }
    return pending as Promise<T>;
  };

  function chunkOf(term: string): string | undefined {
    let lo = 0;
    let hi = manifest.chunks.length - 1;
    if (hi < 0 || term < manifest.chunks[0]) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (manifest.chunks[mid] <= term) lo = mid;
      else hi = mid - 1;
    }
    return chunkFile(lo);
  }

  async function postingsOf(term: string): Promise<number[] | undefined> {
    const file = chunkOf(term);
    if (!file) return undefined;
    const chunk = await load<PostingChunk>(file);
    return Object.hasOwn(chunk, term) ? chunk[term] : undefined;
  }

  async function piece(key: string): Promise<string[]> {
    return manifest.pieces.includes(key) ? load<string[]>(pieceFile(key)) : [];
  }

  async function search(text: string, options: { typing?: boolean; limit?: number } = {}): Promise<SearchResult[]> {
    const { terms, pairs } = parseQuery(text, options.typing);
    if (terms.length === 0) return [];

    // What the index knows: first from the words' own posting chunks, then, for a word that needs
    // correcting or completing, from the dictionary piece of its first character.
    const known = new Map<string, number[] | undefined>();
    // Title pairs are fetched with the words, not after them: one round trip fewer.
    const pairPostings = Promise.all(pairs.map((p) => postingsOf(p)));
    await Promise.all(terms.map(async (t) => known.set(t.stemmed, await postingsOf(t.stemmed))));
    const words = new Set<string>();
    const pieces = new Map<string, string[]>();
    await Promise.all(
      terms
        .filter((t) => t.prefix || (t.correctable && !known.get(t.stemmed)))
        .map(async (t) => {
          const key = pieceKey(t.word);
          const list = await piece(key);
          pieces.set(key, list);
          for (const w of list) words.add(w);
        }),
    );
    const dictionary: TermDictionary = {
      has: (term) => (known.has(term) ? known.get(term) !== undefined : words.has(term)),
      withPrefix: (prefix) => (pieces.get(pieceKey(prefix)) ?? []).filter((w) => w.startsWith(prefix)),
    };

    const wanted = terms.map((t) => expand(t, dictionary));
    if (wanted.every((w) => w.size === 0)) return [];

    // The query vector: each index term with the summed boosts of the clauses that name it.
    const boosts = new Map<string, number>();
    for (const expansions of wanted) for (const [term, boost] of expansions) boosts.set(term, (boosts.get(term) ?? 0) + boost);
    const pairLists = await pairPostings;
    pairs.forEach((pair, i) => pairLists[i] && boosts.set(pair, (boosts.get(pair) ?? 0) + BOOST.pair));
    const magnitude = Math.sqrt([...boosts.values()].reduce((sum, b) => sum + b * b, 0));

    const lists = await Promise.all([...boosts.keys()].map(async (term) => [term, known.get(term) ?? (await postingsOf(term))] as const));
    // Which query terms each index term stands for, as bits: a document's bits say what it covers.
    const bits = new Map<string, number>();
    wanted.forEach((expansions, i) => expansions.forEach((_, term) => bits.set(term, (bits.get(term) ?? 0) | (1 << i))));

    const scores = new Float64Array(manifest.documents);
    const covered = new Uint32Array(manifest.documents);
    const touched: number[] = [];
    // Summed in term order, whatever order the files arrived in: the same query scores the same.
    const ordered = lists.filter(([, list]) => list).sort(([a], [b]) => (a < b ? -1 : 1)) as [string, number[]][];
    for (const [term, list] of ordered) {
      const weight = boosts.get(term)! / magnitude;
      const termBits = bits.get(term) ?? 0;
      for (let i = 0; i < list.length; i += 3) {
        const ref = list[i + 1];
        if (scores[ref] === 0 && covered[ref] === 0) touched.push(ref);
        scores[ref] += weight * list[i + 2];
        covered[ref] |= termBits;
      }
    }
    const popcount = (n: number) => {
      let count = 0;
      for (let v = n; v; v &= v - 1) count++;
      return count;
    };
    const candidates: Candidate[] = touched.map((ref) => ({ ref, score: scores[ref], covers: popcount(covered[ref]) }));
    const ranked = rankCandidates(candidates, options.limit);

    const shown = new Set(ranked.map((c) => c.ref));
    const matched = new Map<number, string[]>(ranked.map((c) => [c.ref, []]));
    for (const [term, list] of ordered) {
      for (let i = 1; i < list.length; i += 3) {
        if (shown.has(list[i])) {
          const terms = matched.get(list[i])!;
          if (terms[terms.length - 1] !== term) terms.push(term);
        }
      }
    }
    const documents = await documentsOf(ranked.map((c) => c.ref));
    return ranked.map((c) => ({ document: documents.get(c.ref)!, score: c.score, matched: matched.get(c.ref)! }));
  }

  async function documentsOf(refs: number[]): Promise<Map<number, SearchDocument>> {
    const found = new Map<number, SearchDocument>();
    await Promise.all(
      refs.map(async (ref) => {
        const chunk = await load<SearchDocument[]>(storeFile(Math.floor(ref / manifest.storeSize)));
        found.set(ref, chunk[ref % manifest.storeSize]);
      }),
    );
    return found;
  }

  return { search, classTitles: manifest.classTitles };
}

export type ShardedSearcher = ReturnType<typeof createShardedSearcher>;
