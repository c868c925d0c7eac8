/** The search box with the URL of this build's search index (read on the server at build time). */
import { searchIndexUrl } from '@/lib/search/manifest';
import { SearchBox } from './SearchBox';

export function SearchForm(props: { id: string; large?: boolean; shortcuts?: boolean }) {
  return <SearchBox {...props} indexUrl={searchIndexUrl()} />;
}
