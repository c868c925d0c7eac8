/** A list of incidents with date, organisations, failure classes and summary. No server-only imports:
 * the client-side filter renders the same list. */
import type { IncidentCard } from '@/lib/content/cards';
import { DateText } from './DateText';

export function IncidentList({ incidents, headingLevel = 3 }: { incidents: IncidentCard[]; headingLevel?: 2 | 3 }) {
  if (incidents.length === 0) return <p className="empty">No incidents match.</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="entry-list" data-testid="incident-list">
      {incidents.map((incident) => (
        <li key={incident.slug} className="entry">
          <Heading className="entry-title">
            <a href={incident.url}>{incident.title}</a>
            {incident.brief && <span className="depth-badge"> Brief</span>}
          </Heading>
          <p className="entry-meta">
            <DateText date={incident.date} />
            {' · '}
            {incident.organizations.map((org, i) => (
              <span key={org.slug}>
                {i > 0 && ', '}
                <a href={`/organizations/${org.slug}/`}>{org.name}</a>
              </span>
            ))}
          </p>
          <p className="entry-summary">{incident.summary}</p>
          <ul className="tags" aria-label="Failure classes">
            {incident.classes.map((c) => (
              <li key={c.id}>
                <a className="tag" href={`/failure-classes/${c.id}/`}>
                  {c.title}
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
