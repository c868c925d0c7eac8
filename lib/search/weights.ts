/**
 * The weights of lunr's index — BM25 per field, as lunr.Builder computes them in add,
 * calculateAverageFieldLengths and createFieldVectors with lunr.idf: the same tokenizer and
 * pipeline, the same term numbering, the same rounding — without the posting objects lunr keeps
 * for each document under each term for its own queries. The sharded index (shards.ts) needs only
 * the weights; lunr's builder needs about 2 GB for them at 10,000 documents, this a fraction.
 * weights.test.ts holds the result equal to lunr's index.
 */
import { lunr } from './lunr';

/** What shards.ts reads of a serialised lunr index. */
export type IndexWeights = {
  fields: string[];
  /** ["field/ref", [termIndex, weight, …]] in lunr's order, term indexes ascending. */
  fieldVectors: [string, number[]][];
  /** [term, { _index }], terms sorted. */
  invertedIndex: [string, { _index: number }][];
};

type BuilderSettings = lunr.Builder & {
  _ref: string;
  _fields: Record<string, { boost?: number }>;
  _k1: number;
  _b: number;
};

/** `terms`: [termIndex, frequency, …], term indexes ascending — compact, there are millions. */
type FieldTerms = { fieldRef: string; field: string; length: number; terms: Int32Array };

/**
 * `words` splits a field's text as the builder's tokenizer does, without making a token object of
 * each word; the pipeline (stop words, stemmer) looks at one word at a time, so each distinct word
 * goes through it once.
 */
export function indexWeights(
  configured: lunr.Builder,
  words: (text: string, field: string) => string[],
  documents: Record<string, string>[],
): IndexWeights {
  const builder = configured as unknown as BuilderSettings;
  const fields = Object.keys(builder._fields);
  const termOfWord = new Map<string, string | null>();
  const termOf = (word: string, field: string) => {
    let term = termOfWord.get(word);
    if (term === undefined) {
      const [kept] = builder.pipeline.run([new lunr.Token(word, { fields: [field] })]);
      termOfWord.set(word, (term = kept === undefined ? null : kept.toString()));
    }
    return term;
  };
  const termIndex = new Map<string, number>();
  // In how many (field, document) pairs each term occurs: lunr.idf counts the same.
  const pairsWithTerm: number[] = [];
  const fieldTerms: FieldTerms[] = [];

  for (const document of documents) {
    const ref = document[builder._ref];
    for (const field of fields) {
      const terms = new Map<number, number>();
      let length = 0;
      for (const word of words(document[field], field)) {
        const term = termOf(word, field);
        if (term === null) continue;
        length++;
        let index = termIndex.get(term);
        if (index === undefined) termIndex.set(term, (index = termIndex.size));
        terms.set(index, (terms.get(index) ?? 0) + 1);
      }
      for (const index of terms.keys()) pairsWithTerm[index] = (pairsWithTerm[index] ?? 0) + 1;
      const flat = Int32Array.from([...terms].sort(([x], [y]) => x - y).flat());
      fieldTerms.push({ fieldRef: `${field}/${ref}`, field, length, terms: flat });
    }
  }

  const averageLength = new Map(fields.map((field) => [field, 0]));
  for (const { field, length } of fieldTerms) averageLength.set(field, averageLength.get(field)! + length);
  for (const field of fields) averageLength.set(field, averageLength.get(field)! / documents.length);

  const idf = pairsWithTerm.map((n) => Math.log(1 + Math.abs((documents.length - n + 0.5) / (n + 0.5))));
  const { _k1: k1, _b: b } = builder;
  const fieldVectors = fieldTerms.map(({ fieldRef, field, length, terms }): [string, number[]] => {
    const boost = builder._fields[field].boost || 1;
    const vector: number[] = [];
    for (let i = 0; i < terms.length; i += 2) {
      const [index, tf] = [terms[i], terms[i + 1]];
      const score = ((idf[index] * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (length / averageLength.get(field)!)) + tf)) * boost;
      vector.push(index, Math.round(score * 1000) / 1000);
    }
    return [fieldRef, vector];
  });
  const invertedIndex = [...termIndex].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([term, index]): [string, { _index: number }] => [term, { _index: index }]);
  return { fields, fieldVectors, invertedIndex };
}
