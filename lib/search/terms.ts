/**
 * From what a reader types to the index terms a query asks for. Shared by the one-file searcher
 * (query.ts, which hands them to lunr's index.query) and the sharded one (sharded.ts), so both
 * expand a query identically:
 * - each word is tokenised, folded and stemmed like the index; stop words are dropped;
 * - words and phrases of the vocabulary (vocabulary.ts) also ask for their equivalents;
 * - the word itself if the index has it; otherwise its corrections one edit away (words of five
 *   letters or more; the first letter is kept, so one dictionary piece answers);
 * - the last word while typing also as a prefix (its shortest completions);
 * - adjacent words as a title pair ("retry_storm"), the phrase boost.
 * A query is a list of needs (a word, or a vocabulary phrase); a document's coordination — how
 * many needs it meets — is what ranks it first (rank.ts).
 */
import { isStopWord, stem, tokenize } from './lunr';
import { EQUIVALENTS } from './vocabulary';

/** Enough for any real question; keeps a pasted essay from costing seconds. */
export const MAX_TERMS = 12;
const CORRECTION_MIN = 5;
const CORRECTION_MAX = 24;
const MIN_PREFIX = 2;
export const MAX_COMPLETIONS = 20;

/** The boosts of a word as typed, a completion, a correction, a vocabulary equivalent, and a title pair. */
export const BOOST = { exact: 10, completion: 3, correction: 1, equivalent: 5, pair: 10 } as const;

export type QueryTerm = { word: string; stemmed: string; prefix: boolean; correctable: boolean };

/** One thing a query asks for: a word, or a phrase of the vocabulary, with the stemmed words of each equivalent. */
export type QueryNeed = { words: QueryTerm[]; equivalents: string[][] };

export type ParsedQuery = { needs: QueryNeed[]; pairs: string[] };

const keep = (text: string) => tokenize(text).filter((w) => !isStopWord(w));
const keyOf = (words: readonly string[]) => words.map(stem).join(' ');

/** Each vocabulary member, by its stems → the stems of the other members of its group. */
const VOCABULARY = new Map<string, string[][]>(
  EQUIVALENTS.flatMap((group) => {
    const members = group.map((member) => keep(member).map(stem));
    return members.map((m, i) => [m.join(' '), members.filter((_, j) => j !== i)] as const);
  }),
);
const LONGEST_MEMBER = Math.max(...[...VOCABULARY.keys()].map((k) => k.split(' ').length));

/** The needs a text asks for; none when there is nothing to search (blank, only punctuation or stop words). */
export function parseQuery(text: string, typing = false): ParsedQuery {
  const words = keep(text.slice(0, 2000)).slice(0, MAX_TERMS);
  const needs: QueryNeed[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; ) {
    // The longest vocabulary phrase starting here, or else the word alone.
    let n = Math.min(LONGEST_MEMBER, words.length - i);
    while (n > 1 && !VOCABULARY.has(keyOf(words.slice(i, i + n)))) n--;
    const group = words.slice(i, (i += n));
    const key = keyOf(group);
    if (seen.has(key)) continue;
    seen.add(key);
    needs.push({
      words: group.map((word, j) => ({
        word,
        stemmed: stem(word),
        prefix: typing && i === words.length && j === group.length - 1 && word.length >= MIN_PREFIX && /^\p{L}/u.test(word),
        correctable: word.length >= CORRECTION_MIN && word.length <= CORRECTION_MAX && /^\p{L}+$/u.test(word),
      })),
      equivalents: VOCABULARY.get(key) ?? [],
    });
  }
  const pairs = words.slice(1).map((w, i) => titlePair(words[i], w));
  return { needs, pairs: [...new Set(pairs)] };
}

/** Every word of a query, in order. */
export const queryTerms = (needs: QueryNeed[]): QueryTerm[] => needs.flatMap((n) => n.words);

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

/** A document's match state is a bit set of slots: at most 31 fit. */
const MAX_SLOTS = 31;

export type QueryPlan = {
  /** Index terms with their boosts, one per lunr clause (a term may come twice; boosts add up). */
  clauses: [term: string, boost: number][];
  /** The slots each index term fills, as bits. */
  slots: Map<string, number>;
  /** For each need, its alternatives as slot bits: the need is met when every slot of one is filled. */
  needs: number[][];
};

/**
 * What a query asks the index for. A word is one slot, filled by any of its expansions and, for a
 * word the vocabulary knows, by its one-word equivalents. A phrase is a slot per word, and its
 * one-word equivalents share one more slot. An equivalent phrase is an alternative of its own
 * that counts only when all its words match.
 */
export function planQuery(needs: QueryNeed[], dictionary: TermDictionary): QueryPlan {
  const plan: QueryPlan = { clauses: [], slots: new Map(), needs: [] };
  let used = 0;
  const slot = (terms: Map<string, number>) => {
    const bit = 1 << used++;
    for (const [term, boost] of terms) {
      plan.clauses.push([term, boost]);
      plan.slots.set(term, (plan.slots.get(term) ?? 0) | bit);
    }
    return bit;
  };
  const equivalent = (terms: string[]) => new Map(terms.map((t) => [t, BOOST.equivalent]));
  const singles = needs.map((need) => need.equivalents.filter((e) => e.length === 1 && dictionary.has(e[0])).map(([t]) => t));
  // The words typed first, so that equivalents never crowd them out of the slots.
  plan.needs = needs.map((need, i) => {
    const expansions = need.words.map((w) => expand(w, dictionary));
    if (expansions.length === 1) for (const t of singles[i]) if (!expansions[0].has(t)) expansions[0].set(t, BOOST.equivalent);
    return [expansions.reduce((bits, terms) => bits | slot(terms), 0)];
  });
  needs.forEach((need, i) => {
    if (need.words.length > 1 && singles[i].length > 0 && used < MAX_SLOTS) plan.needs[i].push(slot(equivalent(singles[i])));
    for (const phrase of need.equivalents.filter((e) => e.length > 1 && e.every((t) => dictionary.has(t)))) {
      if (used + phrase.length > MAX_SLOTS) break;
      plan.needs[i].push(phrase.reduce((bits, t) => bits | slot(equivalent([t])), 0));
    }
  });
  return plan;
}

/** How many of the query's needs a document meets, from the slots its matching terms fill. */
export function coordination(plan: QueryPlan, filled: number): number {
  return plan.needs.filter((alternatives) => alternatives.some((bits) => bits !== 0 && (filled & bits) === bits)).length;
}
