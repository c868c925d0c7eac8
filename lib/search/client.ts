/**
 * The browser side of search, loaded only when a reader shows intent (focus, "/", Ctrl/⌘-K, or
 * opening /search/): reads the manifest once, then fetches the index files each query needs.
 */
import type { ShardManifest } from './shards';
import { createShardedSearcher, type ShardedSearcher } from './sharded';

let loading: Promise<ShardedSearcher> | undefined;

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url}`);
  return response.json();
}

export function loadSearcher(manifestUrl: string): Promise<ShardedSearcher> {
  const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  loading ??= (json(manifestUrl) as Promise<ShardManifest>)
    .then((manifest) => createShardedSearcher(manifest, (file) => json(base + file)))
    .catch((error: unknown) => {
      loading = undefined; // a later intent may try again
      throw error;
    });
  return loading;
}

export { highlight } from './highlight';
export type { SearchResult } from './rank';
export type { ShardedSearcher as Searcher } from './sharded';
