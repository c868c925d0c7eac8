import type { ListSlice } from '@/lib/content/list-pages';
import { IncidentList } from './IncidentList';
import { Pagination } from './Pagination';

/** One page of a long list of incidents, with its page links. */
export function IncidentListPage({ slice, headingLevel = 2 }: { slice: ListSlice; headingLevel?: 2 | 3 }) {
  return (
    <>
      <IncidentList incidents={slice.cards} headingLevel={headingLevel} />
      <Pagination base={slice.base} page={slice.page} pages={slice.pages} />
    </>
  );
}
