import type { RenderableBody } from '@/lib/content';
import type { incidentPage } from '@/lib/content/detail-pages';
import { bodyFacts } from '@/lib/content';
import { incidentTimeline } from '@/lib/content/incident-timeline';
import { depthOf } from '@/lib/content/depth';
import { BodyContent } from './BodyContent';
import { BriefNote } from './BriefNote';
import { citationCounts } from './Citation';
import { DateText } from './DateText';
import { EditLinks } from './EditLinks';
import { IncidentFacts } from './IncidentFacts';
import { IncidentList } from './IncidentList';
import { Pager } from './Pager';

/**
 * An incident page's content, from its data alone (lib/content/detail-pages.ts): rendered by Next
 * for the route's template page and by scripts/render-details.ts for every other incident.
 */
export function IncidentArticle({ data, body }: { data: ReturnType<typeof incidentPage>; body: RenderableBody }) {
  const { incident, classes, related, previous, next, updated } = data;
  return (
    <article>
      <p className="kicker">
        {depthOf(incident) === 'brief' ? 'Incident brief' : 'Incident'} · <DateText date={incident.date} /> · {incident.organizations.join(', ')}
      </p>
      <h1>{incident.title}</h1>
      <p className="lede">{incident.summary}</p>
      {depthOf(incident) === 'brief' && <BriefNote sourcePath={incident.sourcePath} />}
      <div className="entry-layout">
        <BodyContent body={body} sources={incident.sources} />
        <IncidentFacts incident={incident} classes={classes} citations={citationCounts(bodyFacts(incident).citations)} timeline={incidentTimeline(incident)} />
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related incidents</h2>
          <IncidentList incidents={related} />
        </section>
      )}
      <Pager previous={previous} next={next} />
      <EditLinks sourcePath={incident.sourcePath} updated={updated} />
    </article>
  );
}
