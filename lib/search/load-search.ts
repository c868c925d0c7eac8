/**
 * What a page bundles of search: this small loader. On a reader's first sign of intent it fetches
 * the index manifest and the search code (client.ts) in parallel and opens a searcher.
 */
import type { ShardManifest } from './shard-format';

export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url}`);
  return response.json();
}

export async function loadSearch(manifestUrl: string) {
  const [client, manifest] = await Promise.all([import('./client'), fetchJson(manifestUrl) as Promise<ShardManifest>]);
  return { searcher: client.openSearcher(manifestUrl, manifest), highlight: client.highlight };
}

export type LoadedSearch = Awaited<ReturnType<typeof loadSearch>>;
