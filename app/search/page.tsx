import type { Metadata } from 'next';
import { BrowseLinks } from '@/components/BrowseLinks';
import { SearchPage } from '@/components/SearchPage';
import { searchIndexUrl } from '@/lib/search/manifest';

export const metadata: Metadata = { title: 'Search', description: 'Search incidents, talk notes and failure classes.' };

export default function Search() {
  return (
    <>
      <h1>Search</h1>
      <div className="without-js">
        <p>Search runs in your browser and needs JavaScript. Without it, browse instead:</p>
        <BrowseLinks />
      </div>
      <SearchPage indexUrl={searchIndexUrl()} />
    </>
  );
}
