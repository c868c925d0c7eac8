/**
 * The sharded searcher: answers the same queries as the one-file searcher (query.ts), with the
 * same expansion (terms.ts), the same lunr weights and the same scoring — lunr's
 * Σ_fields (q·d_field) / |q| — but fetches only the files a query needs: the manifest once, then
 * in one round trip the posting chunks of its terms (which carry the labels of each term's best
 * documents) and, while typing, the dictionary piece of the last word. Only a slip that needs
 * correcting, completions in other chunks, or a result outside its terms' best documents (a store
 * chunk) costs another. A results page asks for `details`: the store chunks of what it shows.
 */
import { searchLabel, type SearchDocument, type SearchLabel } from './fields';
import { rankCandidates, type Candidate, type RankOptions, type SearchResult } from './rank';
import { chunkFile, pieceFile, storeFile, type PostingChunk, type ShardManifest } from './shard-format';
import { BOOST, coordination, parseQuery, pieceKey, planQuery, queryTerms, type TermDictionary } from './terms';

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
  // Labels that arrived with posting chunks: most results need no store chunk to be listed.
  const labels = new Map<number, SearchLabel>();
  const harvested = new WeakSet<PostingChunk>();
  const loadChunk = async (file: string) => {
    const chunk = await load<PostingChunk>(file);
    if (!harvested.has(chunk)) {
      harvested.add(chunk);
      for (const [ref, label] of Object.entries(chunk.labels)) labels.set(Number(ref), label);
    }
    return chunk;
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
    const { postings } = await loadChunk(file);
    return Object.hasOwn(postings, term) ? postings[term] : undefined;
  }

  async function piece(key: string): Promise<string[]> {
    return manifest.pieces.includes(key) ? load<string[]>(pieceFile(key)) : [];
  }

  async function search(text: string, options: { typing?: boolean } & RankOptions = {}): Promise<SearchResult[]> {
    const { needs, pairs } = parseQuery(text, options.typing);
    const words = queryTerms(needs);
    if (words.length === 0) return [];

    // One round trip for everything a query is known to need: the posting chunks of its words,
    // their vocabulary equivalents and its title pairs; for the word being typed, its dictionary
    // piece and the chunk where its completions start.
    const known = new Map<string, number[] | undefined>();
    const asked = new Set([...words.map((t) => t.stemmed), ...needs.flatMap((n) => n.equivalents.flat()), ...pairs]);
    const pieces = new Map<string, string[]>();
    const readPiece = async (key: string) => void pieces.set(key, await piece(key));
    const typed = words.filter((t) => t.prefix);
    await Promise.all([
      ...[...asked].map(async (term) => void known.set(term, await postingsOf(term))),
      ...typed.map((t) => readPiece(pieceKey(t.word))),
      ...typed.map((t) => chunkOf(t.word)).map((file) => file && loadChunk(file)),
    ]);
    // A word the index does not have may be a slip: its corrections come from its dictionary piece.
    await Promise.all(words.filter((t) => t.correctable && !known.get(t.stemmed) && !pieces.has(pieceKey(t.word))).map((t) => readPiece(pieceKey(t.word))));
    const dictionaryWords = new Set([...pieces.values()].flat());
    const dictionary: TermDictionary = {
      has: (term) => (known.has(term) ? known.get(term) !== undefined : dictionaryWords.has(term)),
      withPrefix: (prefix) => (pieces.get(pieceKey(prefix)) ?? []).filter((w) => w.startsWith(prefix)),
    };

    const plan = planQuery(needs, dictionary);
    if (plan.clauses.length === 0) return [];

    // The query vector: each index term with the summed boosts of the clauses that name it.
    const boosts = new Map<string, number>();
    for (const [term, boost] of plan.clauses) boosts.set(term, (boosts.get(term) ?? 0) + boost);
    for (const pair of pairs) if (known.get(pair)) boosts.set(pair, (boosts.get(pair) ?? 0) + BOOST.pair);
    const magnitude = Math.sqrt([...boosts.values()].reduce((sum, b) => sum + b * b, 0));

    const lists = await Promise.all([...boosts.keys()].map(async (term) => [term, known.get(term) ?? (await postingsOf(term))] as const));

    const scores = new Float64Array(manifest.documents);
    const filled = new Uint32Array(manifest.documents);
    const touched: number[] = [];
    // Summed in term order, whatever order the files arrived in: the same query scores the same.
    const ordered = lists.filter(([, list]) => list).sort(([a], [b]) => (a < b ? -1 : 1)) as [string, number[]][];
    for (const [term, list] of ordered) {
      const weight = boosts.get(term)! / magnitude;
      const slots = plan.slots.get(term) ?? 0;
      for (let i = 0; i < list.length; i += 3) {
        const ref = list[i + 1];
        if (scores[ref] === 0 && filled[ref] === 0) touched.push(ref);
        scores[ref] += weight * list[i + 2];
        filled[ref] |= slots;
      }
    }
    const candidates: Candidate[] = touched.map((ref) => ({ ref, score: scores[ref], covers: coordination(plan, filled[ref]) }));
    const ranked = rankCandidates(candidates, plan.needs.length, options);

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
    return Promise.all(
      ranked.map(async (c) => ({
        ref: c.ref,
        document: labels.get(c.ref) ?? searchLabel(await storeRecord(c.ref)),
        score: c.score,
        matched: matched.get(c.ref)!,
        complete: c.covers === plan.needs.length,
      })),
    );
  }

  function storeRecord(ref: number): Promise<SearchDocument> {
    return load<SearchDocument[]>(storeFile(Math.floor(ref / manifest.storeSize))).then((chunk) => chunk[ref % manifest.storeSize]);
  }

  /** The results with their whole store records (summary, classes, organisations), for a results page. */
  async function details(results: SearchResult[]): Promise<SearchResult<SearchDocument>[]> {
    return Promise.all(results.map(async (r) => ({ ...r, document: await storeRecord(r.ref) })));
  }

  return { search, details, classTitles: manifest.classTitles };
}

export type ShardedSearcher = ReturnType<typeof createShardedSearcher>;
