/** Builds the search index and its document store from the same content objects the pages use. */
import type { Corpus, ContentEntry } from '../content';
import { classesOf } from '../content/taxonomy';
import { depthOf } from '../content/depth';
import { SEARCH_FIELDS, type SearchDocument, type SearchField, type SearchPayload } from './fields';
import { lunr, stemmer, tokenize } from './lunr';
import { bodyFacts } from '../content';
import { titlePairs } from './terms';
import { indexWeights } from './weights';

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
    ...(entry.kind === 'incident' && depthOf(entry) === 'brief' ? { brief: true as const } : {}),
  };
}

/** The words of a field's text, before the pipeline: what the builder's tokenizer makes tokens of. */
function fieldWords(text: unknown, field: string | undefined): string[] {
  const value = text == null ? '' : String(text);
  // Title pairs are terms already; the tokenizer would split them at their joiner.
  return field === 'pairs' ? value.split(' ').filter(Boolean) : tokenize(value);
}

/** A lunr builder with the site's tokenizer, pipeline and weighted fields, and no documents yet. */
function configuredBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.stopWordFilter, stemmer);
  builder.searchPipeline.add(stemmer);
  builder.tokenizer = Object.assign(
    (text: unknown, metadata?: { fields?: string[] }) => fieldWords(text, metadata?.fields?.[0]).map((word, index) => new lunr.Token(word, { ...metadata, index })),
    { separator: /\s+/ },
  );
  builder.ref('id');
  for (const [field, boost] of Object.entries(SEARCH_FIELDS)) builder.field(field, { boost });
  return builder;
}

function searchEntries(corpus: Corpus): ContentEntry[] {
  return [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses];
}

/** Refs are positions in the document store: a URL repeated in every posting would triple the index. */
function indexedDocuments(corpus: Corpus, entries: ContentEntry[]) {
  return entries.map((entry, i) => ({ id: String(i), ...fieldsOf(corpus, entry) }));
}

function payload(corpus: Corpus, entries: ContentEntry[], index: object): SearchPayload {
  return {
    index,
    documents: entries.map(searchDocument),
    classTitles: Object.fromEntries(corpus.failureClasses.map((c) => [c.id, c.title])),
  };
}

/** lunr's own index, queried whole by query.ts: the reference the sharded searcher is held to. */
export function buildSearchIndex(corpus: Corpus): SearchPayload {
  const entries = searchEntries(corpus);
  const builder = configuredBuilder();
  for (const document of indexedDocuments(corpus, entries)) builder.add(document);
  return payload(corpus, entries, builder.build().toJSON());
}

/** The weights of that index without lunr's query structures (weights.ts): what shards.ts cuts up. */
export function buildSearchWeights(corpus: Corpus): SearchPayload {
  const entries = searchEntries(corpus);
  return payload(corpus, entries, indexWeights(configuredBuilder(), fieldWords, indexedDocuments(corpus, entries)));
}
