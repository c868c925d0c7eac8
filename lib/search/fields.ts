/**
 * The indexed fields and their boosts, shared by the index builder and the query builder: a match
 * in a title or a failure class outranks a passing mention in the body; code counts least.
 */
export const SEARCH_FIELDS = {
  title: 10,
  /** Adjacent title words as one term ("retry_storm"): a query's adjacent words matching them is a phrase. */
  pairs: 6,
  classes: 5,
  summary: 4,
  entities: 3,
  body: 1,
  code: 0.2,
} as const;

export type SearchField = keyof typeof SEARCH_FIELDS;

export type SearchType = 'incident' | 'talk' | 'failure-class';

/** What a result needs to render without fetching its page. */
export type SearchDocument = {
  url: string;
  title: string;
  type: SearchType;
  date?: string;
  summary: string;
  classes: string[];
  organizations: string[];
  /** Set on an incident brief only (lib/content/depth.ts), which results mark as such. */
  brief?: true;
};

/** What a result needs to be listed (the search box shows no more): small enough to travel with postings. */
export type SearchLabel = Pick<SearchDocument, 'url' | 'title' | 'type' | 'date' | 'brief'>;

export function searchLabel({ url, title, type, date, brief }: SearchDocument): SearchLabel {
  return { url, title, type, ...(date ? { date } : {}), ...(brief ? { brief } : {}) };
}

export type SearchPayload = {
  index: object;
  /** In index order: a result's ref is its position here. */
  documents: SearchDocument[];
  classTitles: Record<string, string>;
};
