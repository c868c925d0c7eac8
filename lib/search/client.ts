/**
 * The browser side of search, loaded only when a reader shows intent (focus, "/", Ctrl/⌘-K, or
 * opening /search/): fetches the index once per page and answers queries from memory.
 */
import { createSearcher, type Searcher } from './query';

let loading: Promise<Searcher> | undefined;

export function loadSearcher(indexUrl: string): Promise<Searcher> {
  loading ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    })
    .then(createSearcher)
    .catch((error: unknown) => {
      loading = undefined; // a later intent may try again
      throw error;
    });
  return loading;
}

export { highlight } from './highlight';
export type { Searcher, SearchResult } from './query';
