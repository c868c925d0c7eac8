import { IncidentBrowser } from '@/components/IncidentBrowser';
import { getCorpus } from '@/lib/content';
import { incidentCard } from '@/lib/content/cards';
import { organizations, years } from '@/lib/content/taxonomy';
import { pageMetadata } from '../page-metadata';

export const metadata = pageMetadata({
  title: 'Incidents',
  description: 'Every public incident in Faultline, newest first, by failure class, organisation and year.',
  path: '/incidents/',
  feed: '/feed.xml',
});

export default function IncidentsPage() {
  const corpus = getCorpus();
  const orgs = organizations(corpus);
  const allYears = years(corpus);
  return (
    <>
      <h1>Incidents</h1>
      <p className="lede">Every incident, newest first, with the failure classes it shows.</p>
      <details className="browse">
        <summary>Browse by failure class, organisation or year</summary>
        <h2>Failure classes</h2>
        <ul className="link-cloud">
          {corpus.failureClasses.map((c) => (
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
      <IncidentBrowser
        incidents={corpus.incidents.map((i) => incidentCard(corpus, i))}
        classes={corpus.failureClasses.map((c) => ({ value: c.id, label: c.title }))}
        organizations={orgs.map((o) => ({ value: o.slug, label: o.name }))}
        years={allYears.map((y) => ({ value: y, label: y }))}
      />
    </>
  );
}
