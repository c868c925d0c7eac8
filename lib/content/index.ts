/**
 * The content pipeline's entry point for the site: a build loads the content once per process,
 * `npm run dev` on every request; bodies come from the store.
 */
import path from 'node:path';
import { contentDir } from '../build-context';
import { cache } from 'react';
import { BodyStore, type RenderableBody } from './body-store';
import type { BodyFacts } from './body';
import { loadCorpus, readContent, toCorpus } from './load';
import type { ContentEntry, Corpus } from './model';
import { ContentError, type ContentProblem } from './problems';

export type { Corpus, ContentEntry, Incident, Talk, FailureClass } from './model';

export { contentDir };

let corpus: Corpus | undefined;
let store: BodyStore | undefined;

const previewing = () => process.env.NODE_ENV === 'development';

/** The published corpus; in `npm run dev`, what the preview shows (previewContent). */
export function getCorpus(): Corpus {
  if (previewing()) return previewContent().corpus;
  corpus ??= loadCorpus(contentDir());
  return corpus;
}

type Preview = { corpus: Corpus; problems: ContentProblem[] };

/**
 * The content as `npm run dev` shows it, read afresh on every request (once per request: React's
 * cache) so that an edit shows on reload: every file without problems, drafts included, and the
 * problems of the others — front matter, references, the body allow-list — which their pages list.
 * One bad file must not take down the whole preview.
 */
export const previewContent = cache((): Preview => {
  const { entries, bodies, problems } = readContent(contentDir());
  store ??= new BodyStore();
  for (const body of bodies) problems.push(...store.check(body).problems);
  const failing = new Set(problems.map((p) => p.file));
  return {
    corpus: toCorpus(entries.filter((e) => !failing.has(e.sourcePath)), { drafts: true }),
    problems: new ContentError(problems).problems,
  };
});

/** In `npm run dev`, the problems of the file behind /<collection>/<slug>/, which its page lists. */
export function pageProblems(collection: 'incidents' | 'talks', slug: string): ContentProblem[] {
  if (!previewing()) return [];
  return previewContent().problems.filter((p) => pageOf(p.file) === `${collection}/${slug}`);
}

/** In `npm run dev`, the slugs of a collection's files with problems: their pages exist to list them. */
export function slugsWithProblems(collection: 'incidents' | 'talks'): string[] {
  if (!previewing()) return [];
  const prefix = `${collection}/`;
  const pages = previewContent().problems.map((p) => pageOf(p.file));
  return [...new Set(pages.filter((page) => page.startsWith(prefix)).map((page) => page.slice(prefix.length)))];
}

/**
 * content/incidents/<slug>.mdx, or any file of the folder content/incidents/<slug>/ →
 * incidents/<slug>: the page a file's problems show on.
 */
function pageOf(file: string): string {
  const [collection, name] = path.relative(contentDir(), path.resolve(file)).split(path.sep);
  return `${collection}/${name.replace(/\.mdx?$/, '')}`;
}

export type { RenderableBody };

/** What an entry's page renders of its body, from the store when `npm run check` already made it. */
export function renderableBody(entry: ContentEntry): RenderableBody {
  store ??= new BodyStore();
  return store.renderable(entry);
}

/** What the search index reads from an entry's body. */
export function bodyFacts(entry: ContentEntry): BodyFacts {
  store ??= new BodyStore();
  const result = store.check(entry);
  if (!('facts' in result)) throw new ContentError(result.problems);
  return result.facts;
}
