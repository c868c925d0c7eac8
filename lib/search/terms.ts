/**
 * From what a reader types to the index terms a query asks for. Shared by the one-file searcher
 * (query.ts, which hands them to lunr's index.query) and the sharded one (sharded.ts), so both
 * expand a query identically:
 * - each word is tokenised, folded and stemmed like the index; stop words are dropped;
 * - the word itself if the index has it; otherwise its corrections one edit away (words of five
 *   letters or more; the first letter is kept, so one dictionary piece answers);
 * - the last word while typing also as a prefix (its shortest completions);
 * - adjacent words as a title pair ("retry_storm"), the phrase boost.
 */
import { isStopWord, stem, tokenize } from './lunr';

/** Enough for any real question; keeps a pasted essay from costing seconds. */
export const MAX_TERMS = 12;
const CORRECTION_MIN = 5;
const CORRECTION_MAX = 24;
const MIN_PREFIX = 2;
export const MAX_COMPLETIONS = 20;

/** The boosts of a word as typed, a completion of it, a correction of it, and a title pair. */
export const BOOST = { exact: 10, completion: 3, correction: 1, pair: 10 } as const;

export type QueryTerm = { word: string; stemmed: string; prefix: boolean; correctable: boolean };

export type ParsedQuery = { terms: QueryTerm[]; pairs: string[] };

/** The terms a text asks for; empty when there is nothing to search (blank, only punctuation or stop words). */
export function parseQuery(text: string, typing = false): ParsedQuery {
  const words = tokenize(text.slice(0, 2000)).filter((w) => !isStopWord(w)).slice(0, MAX_TERMS);
  const unique = [...new Set(words)];
  const terms = unique.map((word, i) => ({
    word,
    stemmed: stem(word),
    prefix: typing && i === unique.length - 1 && word.length >= MIN_PREFIX && /^\p{L}/u.test(word),
    correctable: word.length >= CORRECTION_MIN && word.length <= CORRECTION_MAX && /^\p{L}+$/u.test(word),
  }));
  const pairs = words.slice(1).map((w, i) => titlePair(words[i], w));
  return { terms, pairs: [...new Set(pairs)] };
}

/**
 * The pair term the index holds for two adjacent title words. The joiner is a character the
 * tokenizer always splits on, so no word a reader types can ever be mistaken for a pair.
 */
export const PAIR_JOINER = '~';

export function titlePair(a: string, b: string): string {
  return `${a}${PAIR_JOINER}${b}`;
}

export function isPair(term: string): boolean {
  return term.includes(PAIR_JOINER);
}

/** Title pairs of a title, over the same words a query keeps. */
export function titlePairs(title: string): string[] {
  const words = tokenize(title).filter((w) => !isStopWord(w));
  return words.slice(1).map((w, i) => titlePair(words[i], w));
}

/** What the expansion needs to know of the index's words (pairs are not words). */
export interface TermDictionary {
  has(term: string): boolean;
  /** Index terms starting with the prefix (any order). */
  withPrefix(prefix: string): string[];
}

/** Which dictionary piece holds the terms a correction or completion of this word may reach. */
export function pieceKey(term: string): string {
  return [...term][0] ?? '';
}

/** One edit (delete, transpose, replace, insert) at any position but the first. */
function oneEdit(word: string, consider: (candidate: string) => void): void {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) consider(head + tail.slice(1));
    if (tail.length > 1) consider(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      consider(head + c + tail);
      if (tail && c !== tail[0]) consider(head + c + tail.slice(1));
    }
  }
}

/**
 * Index terms one edit away, from the word as typed (stemmed after the edit: "metastabel" →
 * "metastable" → "metast") and from its stem (a slip inside the stem).
 */
export function corrections(term: QueryTerm, dictionary: TermDictionary): string[] {
  const found = new Set<string>();
  if (/^[a-z]+$/.test(term.word)) oneEdit(term.word, (c) => dictionary.has(stem(c)) && found.add(stem(c)));
  oneEdit(term.stemmed, (c) => dictionary.has(c) && found.add(c));
  return [...found].sort();
}

/** The index terms one query term stands for, each with the boost of how it was reached. */
export function expand(term: QueryTerm, dictionary: TermDictionary): Map<string, number> {
  const found = new Map<string, number>();
  if (dictionary.has(term.stemmed)) found.set(term.stemmed, BOOST.exact);
  else if (term.correctable) for (const t of corrections(term, dictionary)) found.set(t, BOOST.correction);
  if (term.prefix) {
    const completions = dictionary
      .withPrefix(term.word)
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
      .slice(0, MAX_COMPLETIONS);
    for (const t of completions) if (!found.has(t)) found.set(t, BOOST.completion);
  }
  return found;
}
