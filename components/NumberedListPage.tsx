import type { Corpus, Incident } from '@/lib/content';
import { IncidentListPage } from './IncidentListPage';

/** Page n of a class's, an organisation's or a year's incidents. */
export function NumberedListPage({ corpus, kicker, title, back, incidents, base, page }: { corpus: Corpus; kicker: string; title: string; back: string; incidents: Incident[]; base: string; page: number }) {
  return (
    <>
      <p className="kicker">{kicker}</p>
      <h1>{title}, page {page}</h1>
      <p className="count">
        {incidents.length} incident{incidents.length === 1 ? '' : 's'}, newest first. <a href={base}>{back}</a>
      </p>
      <IncidentListPage corpus={corpus} incidents={incidents} base={base} page={page} />
    </>
  );
}
