import type { IncidentsIndexPage } from '@/lib/content/list-pages';
import { IncidentBrowser } from './IncidentBrowser';
import { Island } from './Island';
import { IncidentListPage } from './IncidentListPage';

/** The list of incidents, page by page; page 1 also carries the filters. */
export function IncidentsIndex({ data: { slice, classes, organizations: orgs, years: allYears, briefs } }: { data: IncidentsIndexPage }) {
  const page = slice.page;
  const list = <IncidentListPage slice={slice} />;
  return (
    <>
      <h1>Incidents{page > 1 ? `, page ${page}` : ''}</h1>
      <p className="lede">Every incident, newest first, with the failure classes it shows.</p>
      <details className="browse">
        <summary>Browse by failure class, organisation or year</summary>
        <h2>Failure classes</h2>
        <ul className="link-cloud">
          {classes.map((c) => (
            <li key={c.id}><a href={c.url}>{c.title}</a></li>
          ))}
        </ul>
        <h2>Organisations</h2>
        <ul className="link-cloud">
          {orgs.map((o) => (
            <li key={o.slug}><a href={`/organizations/${o.slug}/`}>{o.name}</a></li>
          ))}
        </ul>
        <h2>Years</h2>
        <ul className="link-cloud">
          {allYears.map((y) => (
            <li key={y}><a href={`/years/${y}/`}>{y}</a></li>
          ))}
        </ul>
      </details>
      {page === 1 ? (
        <Island>
          <IncidentBrowser
          total={slice.total}
          briefs={briefs}
          cardsUrl="/incidents/cards.json"
          classes={classes.map((c) => ({ value: c.id, label: c.title }))}
          organizations={orgs.map((o) => ({ value: o.slug, label: o.name }))}
          years={allYears.map((y) => ({ value: y, label: y }))}
        >
          {list}
          </IncidentBrowser>
        </Island>
      ) : (
        list
      )}
    </>
  );
}
