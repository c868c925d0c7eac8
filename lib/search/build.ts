/** Builds the lunr index and its document store from the same content objects the pages use. */
import type { Corpus, ContentEntry } from '../content';
import { classesOf } from '../content/taxonomy';
import { SEARCH_FIELDS, type SearchDocument, type SearchField, type SearchPayload } from './fields';
import { lunr, stemmer, tokenize } from './lunr';
import { bodyFacts } from '../content';
import { titlePairs } from './terms';

function fieldsOf(corpus: Corpus, entry: ContentEntry): Record<SearchField, string> {
  const { text, code } = bodyFacts(entry);
  if (entry.kind === 'failure-class') {
    return {
      title: entry.title,
      pairs: titlePairs(entry.title).join(' '),
      classes: [entry.id, entry.title, ...(entry.aliases ?? [])].join(' \n '),
      summary: entry.summary,
      entities: '',
      body: text,
      code,
    };
  }
  const classes = classesOf(corpus, entry).flatMap((c) => [c.id, c.title, ...(c.aliases ?? [])]);
  const entities =
    entry.kind === 'incident'
      ? [...entry.organizations, ...(entry.services ?? []), ...(entry.regions ?? [])]
      : [...entry.speakers, entry.event, entry.location ?? ''];
  return { title: entry.title, pairs: titlePairs(entry.title).join(' '), classes: classes.join(' \n '), summary: entry.summary, entities: entities.join(' \n '), body: text, code };
}

export function searchDocument(entry: ContentEntry): SearchDocument {
  return {
    url: entry.url,
    title: entry.title,
    type: entry.kind,
    date: entry.kind === 'failure-class' ? undefined : entry.date,
    summary: entry.summary,
    classes: entry.kind === 'failure-class' ? [entry.id] : entry.failureClasses,
    organizations: entry.kind === 'incident' ? entry.organizations : [],
  };
}

export function buildSearchIndex(corpus: Corpus): SearchPayload {
  const entries: ContentEntry[] = [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses];
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.stopWordFilter, stemmer);
  builder.searchPipeline.add(stemmer);
  builder.tokenizer = Object.assign(
    (text: unknown, metadata?: { fields?: string[] }) => {
      const value = text == null ? '' : String(text);
      // Title pairs are terms already; the tokenizer would split them at their joiner.
      const words = metadata?.fields?.includes('pairs') ? value.split(' ').filter(Boolean) : tokenize(value);
      return words.map((word, index) => new lunr.Token(word, { ...metadata, index }));
    },
    { separator: /\s+/ },
  );
  builder.ref('id');
  for (const [field, boost] of Object.entries(SEARCH_FIELDS)) builder.field(field, { boost });
  // Refs are positions in the document store: a URL repeated in every posting would triple the index.
  entries.forEach((entry, i) => builder.add({ id: String(i), ...fieldsOf(corpus, entry) }));
  return {
    index: buildWithoutTokenSet(builder).toJSON(),
    documents: entries.map(searchDocument),
    classTitles: Object.fromEntries(corpus.failureClasses.map((c) => [c.id, c.title])),
  };
}

/**
 * lunr's Builder#build without its token set, which the serialised index does not carry
 * (Index.load rebuilds it from the terms) and which is the build's largest structure at 10,000
 * documents. The term frequencies are let go as soon as the field vectors hold what they said.
 */
function buildWithoutTokenSet(builder: lunr.Builder): lunr.Index {
  const b = builder as lunr.Builder & { calculateAverageFieldLengths(): void; createFieldVectors(): void; fieldTermFrequencies: object; fieldVectors: object; _fields: object };
  b.calculateAverageFieldLengths();
  b.createFieldVectors();
  b.fieldTermFrequencies = {};
  return new lunr.Index({
    invertedIndex: builder.invertedIndex,
    fieldVectors: b.fieldVectors,
    tokenSet: new lunr.TokenSet(),
    fields: Object.keys(b._fields),
    pipeline: builder.searchPipeline,
  } as unknown as lunr.Index.Attributes);
}
