/**
 * lunr as Faultline uses it, in Node (building) and in the browser (querying) alike: one tokenizer
 * that keeps non-Latin text, a stemmer that only touches plain Latin words, and a fix for
 * TokenSet#toString, whose keys glue an edge label to a node id with no separator — so "1"+"23" and
 * "12"+"3" collide while the token set is minimised, and some numbers become unfindable
 * (lunr.js issue #503). Import lunr from here, never directly, so the patch is always applied.
 */
import lunr from 'lunr';

lunr.TokenSet.prototype.toString = function toString(this: lunr.TokenSet & { _str?: string; final: boolean; edges: Record<string, lunr.TokenSet & { id: number }> }) {
  if (this._str) return this._str;
  let key = this.final ? '1' : '0';
  // Each label is one character; the id ends with a comma: the key is unambiguous.
  for (const label of Object.keys(this.edges).sort()) key += `${label}:${this.edges[label].id},`;
  return key;
};

/** Han, kana and Hangul: written without spaces, so indexed as overlapping character pairs. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/u;
const SEPARATORS = /[\s\-–—/\\|,;:!?()[\]{}<>"“”'‘’`*+=&^~@#$%]+/u;
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
export const MAX_TOKEN_LENGTH = 40;

/** Folds case, width and accents: "Café" and "cafe" are one word to search. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Words of a text, as the index stores them before stemming. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // A dot separates words ("amazonaws.com") but not digits ("1.35"); a possessive's "'s" is no
  // word of its own ("tenant's" is "tenant", not "tenant" and "s").
  const spaced = fold(text).replace(/(?<!\d)\.|\.(?!\d)/g, ' ').replace(/(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu, '');
  for (const piece of spaced.split(SEPARATORS)) {
    const word = piece.replace(EDGES, '');
    if (!word || word.length > MAX_TOKEN_LENGTH) continue;
    if (!CJK.test(word)) {
      tokens.push(word);
      continue;
    }
    for (const part of word.split(CJK_RUNS)) {
      if (!part) continue;
      if (CJK.test(part)) tokens.push(...bigrams(part));
      else {
        const rest = part.replace(EDGES, '');
        if (rest) tokens.push(rest);
      }
    }
  }
  return tokens;
}

/** The Porter stemmer for plain Latin words only; other scripts and numbers stay as written. */
export const stemmer: lunr.PipelineFunction = (token) =>
  /^[a-z]+$/.test(token.toString()) ? (lunr.stemmer(token) as lunr.Token) : token;
lunr.Pipeline.registerFunction(stemmer, 'faultlineStemmer');

export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

export function stem(word: string): string {
  return stemmer(new lunr.Token(word, {}), 0, [])?.toString() ?? word;
}

export { lunr };
