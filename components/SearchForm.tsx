/** The search box, pointed at the site's search index. */
import { SEARCH_INDEX_URL } from '@/lib/search/manifest';
import { SearchBox } from './SearchBox';

export function SearchForm(props: { id: string; large?: boolean; shortcuts?: boolean }) {
  return <SearchBox {...props} indexUrl={SEARCH_INDEX_URL} />;
}
