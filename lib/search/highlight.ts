/**
 * Splits a text into plain and marked segments for the words that matched. The caller renders
 * segments as text nodes and <mark> elements, so nothing from the index is ever parsed as HTML.
 */
import { stem, tokenize } from './lunr';

export type Segment = { text: string; mark: boolean };

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.']*[\p{L}\p{N}])?/gu;

export function highlight(text: string, matchedTerms: readonly string[]): Segment[] {
  const matched = new Set(matchedTerms);
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const hit = tokenize(m[0]).some((t) => matched.has(stem(t)) || matched.has(t));
    if (!hit) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), mark: false });
    segments.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
