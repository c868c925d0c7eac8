/** The content pipeline's entry point for the site: load once per process, compile on demand. */
import path from 'node:path';
import { Compiler } from './compile';
import { loadCorpus } from './load';
import type { ContentEntry, Corpus } from './model';
import { ContentError } from './problems';

export type { Corpus, ContentEntry, Incident, Talk, FailureClass } from './model';

/** Where content lives; a generated corpus (benchmarks, fixtures) points CONTENT_DIR elsewhere. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

let corpus: Corpus | undefined;
let compiler: Compiler | undefined;

export function getCorpus(): Corpus {
  // `npm run dev` re-reads content on every request so that an edit shows on reload.
  if (process.env.NODE_ENV === 'development') return loadCorpus(contentDir());
  corpus ??= loadCorpus(contentDir());
  return corpus;
}

/** The compiled body of an entry, from the disk cache when the build step already compiled it. */
export async function compiledBody(entry: ContentEntry): Promise<string> {
  compiler ??= new Compiler();
  const result = await compiler.compile(entry);
  if ('problems' in result) throw new ContentError(result.problems);
  return result.code;
}
