import type { Metadata } from 'next';
import { BrowseLinks } from '@/components/BrowseLinks';
import { SearchForm } from '@/components/SearchForm';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped. Try a search:</p>
      <SearchForm id="not-found-search" large />
      <p>Or browse:</p>
      <BrowseLinks />
    </>
  );
}
