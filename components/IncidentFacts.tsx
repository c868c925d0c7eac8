import type { Incident } from '@/lib/content';
import { durationMinutes, formatDuration, formatZoned } from '@/lib/content/duration';
import type { IncidentTimeline } from '@/lib/content/incident-timeline';
import { TimelineFigure } from './TimelineFigure';
import { organizationSlug } from '@/lib/content/taxonomy';
import { ClassLinks } from './ClassLinks';
import { DateText } from './DateText';
import { SourceList } from './SourceList';

/** The facts beside a writeup. A duration appears only when both ends are known. */
export function IncidentFacts({
  incident,
  classes,
  citations,
  timeline,
}: {
  incident: Incident;
  classes: { id: string; url: string; title: string }[];
  /** How often the body cites each source, for the source list's back-links. */
  citations: Map<string, number>;
  /** The structured timeline: what it measures (each figure only where both ends are explicit) and its figure. */
  timeline: IncidentTimeline;
}) {
  const minutes = durationMinutes(incident.started, incident.resolved);
  return (
    <aside className="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">Facts</h2>
      <dl>
        <dt>Date</dt>
        <dd><DateText date={incident.date} /></dd>
        {minutes !== undefined && (
          <>
            <dt>Duration</dt>
            <dd data-testid="duration">{formatDuration(minutes)}</dd>
            <dt>Started</dt>
            <dd><time dateTime={incident.started}>{formatZoned(incident.started!)}</time></dd>
            <dt>Resolved</dt>
            <dd><time dateTime={incident.resolved}>{formatZoned(incident.resolved!)}</time></dd>
          </>
        )}
        {timeline.minutesToDetect !== undefined && (
          <>
            <dt>Time to detect</dt>
            <dd data-testid="time-to-detect">{formatDuration(timeline.minutesToDetect)}</dd>
          </>
        )}
        {timeline.minutesToMitigate !== undefined && (
          <>
            <dt>Time to mitigate</dt>
            <dd data-testid="time-to-mitigate">{formatDuration(timeline.minutesToMitigate)}</dd>
          </>
        )}
        <dt>Organisations</dt>
        <dd>
          <ul>
            {incident.organizations.map((name) => (
              <li key={name}><a href={`/organizations/${organizationSlug(name)}/`}>{name}</a></li>
            ))}
          </ul>
        </dd>
        {incident.services?.length ? (
          <>
            <dt>Services</dt>
            <dd>{incident.services.join(', ')}</dd>
          </>
        ) : null}
        {incident.regions?.length ? (
          <>
            <dt>Regions</dt>
            <dd>{incident.regions.join(', ')}</dd>
          </>
        ) : null}
        <ClassLinks classes={classes} />
        {incident.impact && (
          <>
            <dt>Impact</dt>
            <dd>{incident.impact}</dd>
          </>
        )}
        <dt>Sources</dt>
        <dd><SourceList links={incident.sources} citations={citations} /></dd>
      </dl>
      <TimelineFigure events={timeline.events} title={incident.title} />
    </aside>
  );
}
