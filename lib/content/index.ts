/** The content pipeline's entry point for the site: load once per process, bodies from the store. */
import path from 'node:path';
import type { Root as Hast } from 'hast';
import { BodyStore } from './body-store';
import type { BodyFacts } from './body';
import { loadCorpus } from './load';
import type { ContentEntry, Corpus } from './model';
import { ContentError } from './problems';

export type { Corpus, ContentEntry, Incident, Talk, FailureClass } from './model';

/** Where content lives; a generated corpus (benchmarks, fixtures) points CONTENT_DIR elsewhere. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

let corpus: Corpus | undefined;
let store: BodyStore | undefined;

export function getCorpus(): Corpus {
  // `npm run dev` re-reads content on every request so that an edit shows on reload.
  if (process.env.NODE_ENV === 'development') return loadCorpus(contentDir());
  corpus ??= loadCorpus(contentDir());
  return corpus;
}

/** An entry's body as an HTML syntax tree, from the store when `npm run check` already made it. */
export function bodyTree(entry: ContentEntry): Hast {
  store ??= new BodyStore();
  return store.tree(entry);
}

/** What the search index reads from an entry's body. */
export function bodyFacts(entry: ContentEntry): BodyFacts {
  store ??= new BodyStore();
  const result = store.check(entry);
  if (!('facts' in result)) throw new ContentError(result.problems);
  return result.facts;
}
