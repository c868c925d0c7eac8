import { BrowseLinks } from '@/components/BrowseLinks';
import { Island } from '@/components/Island';
import { SearchPage } from '@/components/SearchPage';
import { SEARCH_INDEX_URL } from '@/lib/search/manifest';
import { pageMetadata } from '../page-metadata';

export const metadata = pageMetadata({ title: 'Search', description: 'Search incidents, talk notes and failure classes.', path: '/search/' });

export default function Search() {
  return (
    <>
      <h1>Search</h1>
      <div className="without-js">
        <p>Search runs in your browser and needs JavaScript. Without it, browse instead:</p>
        <BrowseLinks />
      </div>
      <Island>
        <SearchPage indexUrl={SEARCH_INDEX_URL} />
      </Island>
    </>
  );
}
