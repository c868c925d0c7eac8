/**
 * Turns what a reader types into a lunr query built in code (never lunr's query syntax, so `foo:`,
 * `*`, `~` or `^` are just text): every term required, falling back to any term when that finds
 * nothing; the last term also as a prefix while typing; a one-edit fuzzy match for words of five
 * letters or more; a boost when adjacent words of the query stand together in a title.
 */
import type { SearchDocument, SearchPayload } from './fields';
import { isStopWord, lunr, stem, tokenize } from './lunr';

/** Enough for any real question; keeps a pasted essay from costing seconds. */
const MAX_TERMS = 12;
const FUZZY_MIN = 5;
const FUZZY_MAX = 24;
const TITLE_PHRASE_BOOST = 1.5;
const MIN_PREFIX = 2;
const MAX_COMPLETIONS = 100;

export type SearchResult = {
  document: SearchDocument;
  score: number;
  /** Index terms that matched, for highlighting. */
  matched: string[];
};

type Term = { word: string; stemmed: string; prefix: boolean; fuzzy: boolean };

export type QueryTerms = { terms: Term[]; words: string[] };

/** The terms a text asks for; empty when there is nothing to search (blank, only punctuation or stop words). */
export function queryTerms(text: string, typing = false): QueryTerms {
  const words = tokenize(text.slice(0, 2000)).slice(0, MAX_TERMS * 2);
  const kept = words.filter((w) => !isStopWord(w)).slice(0, MAX_TERMS);
  const terms = [...new Set(kept)].map((word, i, all) => ({
    word,
    stemmed: stem(word),
    prefix: typing && i === all.length - 1,
    fuzzy: word.length >= FUZZY_MIN && word.length <= FUZZY_MAX && /^\p{L}+$/u.test(word),
  }));
  return { terms, words };
}

/** lunr's TokenSet, which its typings leave out; `index.intersect(query)` is the order lunr uses. */
type TokenSetLike = { intersect(query: unknown): { toArray(): string[] } };

export function createSearcher(payload: SearchPayload) {
  const index = lunr.Index.load(payload.index);
  const documents = payload.documents;
  const indexTerms = (index as unknown as { tokenSet: TokenSetLike }).tokenSet;
  const TokenSet = lunr.TokenSet as unknown as {
    fromString(s: string): TokenSetLike;
    fromFuzzyString(s: string, d: number): TokenSetLike;
  };

  const inverted = (index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
  const indexed = (t: string) => Object.hasOwn(inverted, t);

  /**
   * Index terms one edit away from what the reader typed, stemmed: lunr's own fuzzy match works on
   * the stem, which misses a slip in the part the stemmer would cut ("metastabel" → "metastable").
   */
  function typoStems(word: string): string[] {
    if (!/^[a-z]+$/.test(word)) return [];
    const found = new Set<string>();
    const consider = (candidate: string) => {
      const s = stem(candidate);
      if (indexed(s)) found.add(s);
    };
    for (let i = 0; i <= word.length; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (tail) consider(head + tail.slice(1));
      if (tail.length > 1) consider(head + tail[1] + tail[0] + tail.slice(2));
      for (const c of 'abcdefghijklmnopqrstuvwxyz') {
        consider(head + c + tail);
        if (tail && c !== tail[0]) consider(head + c + tail.slice(1));
      }
    }
    return [...found];
  }

  /** The index terms one query term may match: its stem, its fuzzy variants, and as a prefix while typing. */
  function expansions(term: Term): Set<string> {
    const found = new Set(indexed(term.stemmed) ? [term.stemmed] : []);
    if (term.prefix && term.word.length >= MIN_PREFIX) {
      const completions = indexTerms.intersect(TokenSet.fromString(`${term.word}*`)).toArray();
      // A short prefix can complete to thousands of terms; the shortest completions are the likely words.
      completions.sort((a, b) => a.length - b.length || a.localeCompare(b));
      for (const t of completions.slice(0, MAX_COMPLETIONS)) found.add(t);
    }
    if (term.fuzzy) {
      for (const t of indexTerms.intersect(TokenSet.fromFuzzyString(term.stemmed, 1)).toArray()) found.add(t);
      // Corrections only for a word the index does not know: "router" must not also find "routes".
      if (!indexed(term.stemmed)) for (const t of typoStems(term.word)) found.add(t);
    }
    return found;
  }

  function search(text: string, options: { typing?: boolean; limit?: number } = {}): SearchResult[] {
    const { terms, words } = queryTerms(text, options.typing);
    if (terms.length === 0) return [];
    const wanted = terms.map(expansions);
    // lunr answers a query without clauses with every document: no known term, no results.
    if (wanted.every((set) => set.size === 0)) return [];
    const hits = index.query((q) => {
      terms.forEach((term, i) => {
        for (const t of wanted[i]) {
          // The word as typed counts most, a prefix completion less, a correction least.
          const boost = t === term.stemmed ? 10 : term.prefix && t.startsWith(term.word) ? 3 : 1;
          q.term(t, { usePipeline: false, boost });
        }
      });
    });
    const scored = hits.flatMap((hit) => {
      const document = documents[Number(hit.ref)];
      if (!document) return [];
      const matched = Object.keys(hit.matchData.metadata);
      const covers = wanted.filter((set) => matched.some((m) => set.has(m))).length;
      return [{ document, matched, covers, score: hit.score * titlePhraseBoost(document.title, words) }];
    });
    // Every term if any result has them all; otherwise whatever matches any term.
    const all = scored.filter((s) => s.covers === terms.length);
    const chosen = all.length > 0 ? all : scored;
    return chosen
      .sort((a, b) => b.score - a.score || a.document.url.localeCompare(b.document.url))
      .slice(0, options.limit ?? chosen.length)
      .map(({ document, score, matched }) => ({ document, score, matched }));
  }

  return { search, documents: payload.documents, classTitles: payload.classTitles };
}

export type Searcher = ReturnType<typeof createSearcher>;

/** Adjacent query words standing together in the title: "router packet loss" finds its title first. */
function titlePhraseBoost(title: string, words: string[]): number {
  if (words.length < 2) return 1;
  const titleWords = ` ${tokenize(title).join(' ')} `;
  let boost = 1;
  for (let i = 0; i + 1 < words.length; i++) {
    if (titleWords.includes(` ${words[i]} ${words[i + 1]} `)) boost *= TITLE_PHRASE_BOOST;
  }
  return boost;
}

