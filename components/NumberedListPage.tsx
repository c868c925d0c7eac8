import type { ListPage } from '@/lib/content/list-pages';
import { IncidentListPage } from './IncidentListPage';

/** Page n of a class's, an organisation's or a year's incidents. */
export function NumberedListPage({ data: { kicker, title, back, slice } }: { data: ListPage }) {
  return (
    <>
      <p className="kicker">{kicker}</p>
      <h1>{title}, page {slice.page}</h1>
      <p className="count">
        {slice.total} incident{slice.total === 1 ? '' : 's'}, newest first. <a href={slice.base}>{back}</a>
      </p>
      <IncidentListPage slice={slice} />
    </>
  );
}
