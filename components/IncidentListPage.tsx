import type { Corpus, Incident } from '@/lib/content';
import { incidentCard } from '@/lib/content/cards';
import { pageCount, pageOf } from '@/lib/content/paginate';
import { IncidentList } from './IncidentList';
import { Pagination } from './Pagination';

/** One page of a long list of incidents, with its page links. */
export function IncidentListPage({ corpus, incidents, base, page, headingLevel = 2 }: { corpus: Corpus; incidents: Incident[]; base: string; page: number; headingLevel?: 2 | 3 }) {
  const pages = pageCount(incidents.length);
  return (
    <>
      <IncidentList incidents={pageOf(incidents, page).map((i) => incidentCard(corpus, i))} headingLevel={headingLevel} />
      <Pagination base={base} page={page} pages={pages} />
    </>
  );
}
