/** The typed objects the pipeline hands to the site: front matter plus where each entry lives. */
import type { CollectionName, FailureClassFrontMatter, IncidentFrontMatter, TalkFrontMatter } from './schema';

type Entry<Kind extends string, FrontMatter> = FrontMatter & {
  kind: Kind;
  slug: string;
  /** Site path with a trailing slash, e.g. /incidents/<slug>/. */
  url: string;
  /** The file, relative to the repository root, e.g. content/incidents/<slug>.mdx. */
  sourcePath: string;
  format: 'md' | 'mdx';
  /** The body, front matter blanked out so that line numbers stay those of the file. */
  body: string;
  /** A writeup that is a folder (<slug>/index.mdx): the folder, whose images and data it may import. */
  folder?: string;
};

export type Incident = Entry<'incident', IncidentFrontMatter>;
export type Talk = Entry<'talk', TalkFrontMatter>;
export type FailureClass = Entry<'failure-class', FailureClassFrontMatter>;
export type ContentEntry = Incident | Talk | FailureClass;

export const KIND_OF: Record<CollectionName, ContentEntry['kind']> = {
  incidents: 'incident',
  talks: 'talk',
  'failure-classes': 'failure-class',
};

/** Everything published, sorted: incidents and talks newest first, classes by title. */
export type Corpus = {
  incidents: Incident[];
  talks: Talk[];
  failureClasses: FailureClass[];
  bySlug: Map<string, ContentEntry>;
};
