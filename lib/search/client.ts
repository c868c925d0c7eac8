/**
 * The browser side of search, loaded only when a reader shows intent (focus, "/", Ctrl/⌘-K, or
 * opening /search/): a sharded searcher over the manifest, fetching the files each query needs.
 */
import { fetchJson } from './load-search';
import type { ShardManifest } from './shard-format';
import { createShardedSearcher, type ShardedSearcher } from './sharded';

const searchers = new Map<string, ShardedSearcher>();

/** One searcher per index per page, so files fetched for one query serve the next. */
export function openSearcher(manifestUrl: string, manifest: ShardManifest): ShardedSearcher {
  let searcher = searchers.get(manifestUrl);
  if (!searcher) {
    const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1) + (manifest.base ?? '');
    searcher = createShardedSearcher(manifest, (file) => fetchJson(base + file));
    searchers.set(manifestUrl, searcher);
  }
  return searcher;
}

export { highlight } from './highlight';
export type { SearchResult } from './rank';
export type { SearchDocument } from './fields';
export type { ShardedSearcher as Searcher } from './sharded';
