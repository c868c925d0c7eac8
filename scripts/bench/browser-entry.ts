/** What the benchmark page loads for Faultline's search: the same query code the site ships. */
export { createSearcher } from '../../lib/search/query';
export { createShardedSearcher } from '../../lib/search/sharded';
