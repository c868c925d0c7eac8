import type { Metadata } from 'next';
import { BrowseLinks } from '@/components/BrowseLinks';
import { SearchBox } from '@/components/SearchBox';

export const metadata: Metadata = { title: 'Search', description: 'Search incidents, talk notes and failure classes.' };

/** Full-text search arrives with the search issue; until then this page offers browsing. */
export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <SearchBox id="search-page-box" large />
      <p>Full-text search is not available yet. Browse instead:</p>
      <BrowseLinks />
    </>
  );
}
