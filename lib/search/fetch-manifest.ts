/**
 * Fetches the search index's manifest. Tiny and dependency-free, so a page can start it the moment
 * a reader shows intent, in parallel with loading the search code itself.
 */
import type { ShardManifest } from './shard-format';

export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url}`);
  return response.json();
}

export function fetchManifest(url: string): Promise<ShardManifest> {
  return fetchJson(url) as Promise<ShardManifest>;
}
