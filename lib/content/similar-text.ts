/**
 * Incidents alike in what they say, not only in how they are classed: TF-IDF cosine over each
 * entry's title, summary and body text, tokenised and stemmed as search does. Comparing every pair
 * would make a 10,000-incident build quadratic, so each entry keeps only its strongest terms (its
 * signature), and an entry is compared only with the incidents that rank high on one of those
 * terms: the cost grows with the corpus, not with its square. Computed once per corpus.
 */
import { isStopWord, stem, tokenize } from '../search/lunr';
import { bodyFacts } from './index';
import type { Corpus, Incident, Talk } from './model';
import { ContentError } from './problems';

/** Terms kept per entry: enough to say what an incident is about. */
const SIGNATURE = 24;
/** Incidents compared per signature term: those for which the term weighs most. */
const PER_TERM = 64;
/** Neighbours kept per entry. */
export const TEXT_NEIGHBOURS = 12;

export type TextNeighbour = { incident: Incident; similarity: number };

type Signature = Map<string, number>;

const cached = new WeakMap<Corpus, Map<string, TextNeighbour[]>>();

/** The incidents most alike in text to an incident or talk, most alike first. */
export function textNeighbours(corpus: Corpus, entry: Incident | Talk): TextNeighbour[] {
  return allTextNeighbours(corpus).get(entry.slug) ?? [];
}

/** Every incident's and talk's text neighbours, by slug: computed on first use, once per corpus. */
export function allTextNeighbours(corpus: Corpus): Map<string, TextNeighbour[]> {
  let all = cached.get(corpus);
  if (!all) cached.set(corpus, (all = computeNeighbours(corpus)));
  return all;
}

/** A body with problems (which the dev server shows, and the build refuses) adds nothing. */
function bodyText(entry: Incident | Talk): string {
  try {
    return bodyFacts(entry).text;
  } catch (error) {
    if (error instanceof ContentError) return '';
    throw error;
  }
}

function termCounts(entry: Incident | Talk): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of tokenize(`${entry.title}\n${entry.summary}\n${bodyText(entry)}`)) {
    if (isStopWord(word) || /^\d+$/.test(word)) continue;
    const term = stem(word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function computeNeighbours(corpus: Corpus): Map<string, TextNeighbour[]> {
  const entries: (Incident | Talk)[] = [...corpus.incidents, ...corpus.talks];
  const counts = entries.map(termCounts);
  // Document frequency among incidents: what is common in incident reports says little.
  const df = new Map<string, number>();
  for (const terms of counts.slice(0, corpus.incidents.length)) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = corpus.incidents.length;
  const signatures: Signature[] = counts.map((terms) => {
    const weighted = [...terms]
      .filter(([term]) => df.has(term))
      .map(([term, count]) => [term, (1 + Math.log(count)) * Math.log(n / df.get(term)!)] as const)
      .filter(([, w]) => w > 0)
      .sort(([a, wa], [b, wb]) => wb - wa || (a < b ? -1 : 1))
      .slice(0, SIGNATURE);
    const norm = Math.hypot(...weighted.map(([, w]) => w)) || 1;
    return new Map(weighted.map(([term, w]) => [term, w / norm]));
  });

  // For each term, the incidents it weighs most in: the only ones an entry is compared with.
  const byTerm = new Map<string, [number, number][]>();
  for (let i = 0; i < n; i++) for (const [term, w] of signatures[i]) (byTerm.get(term) ?? byTerm.set(term, []).get(term)!).push([i, w]);
  for (const list of byTerm.values()) list.sort(([a, wa], [b, wb]) => wb - wa || a - b).splice(PER_TERM);

  const neighbours = new Map<string, TextNeighbour[]>();
  const score = new Float64Array(n);
  entries.forEach((entry, self) => {
    const touched: number[] = [];
    for (const [term, w] of signatures[self]) {
      for (const [other, wo] of byTerm.get(term) ?? []) {
        if (other === self) continue;
        if (score[other] === 0) touched.push(other);
        score[other] += w * wo;
      }
    }
    const best = touched
      // Ties newest first (incidents are newest first): the same list on every build.
      .sort((a, b) => score[b] - score[a] || a - b)
      .slice(0, TEXT_NEIGHBOURS)
      .map((other) => ({ incident: corpus.incidents[other], similarity: score[other] }));
    for (const other of touched) score[other] = 0;
    neighbours.set(entry.slug, best);
  });
  return neighbours;
}
