import type { RenderableBody } from '@/lib/content';
import type { talkPage } from '@/lib/content/detail-pages';
import { bodyFacts } from '@/lib/content';
import { BodyContent } from './BodyContent';
import { citationCounts } from './Citation';
import { ClassLinks } from './ClassLinks';
import { DateText } from './DateText';
import { EditLinks } from './EditLinks';
import { IncidentList } from './IncidentList';
import { Pager } from './Pager';
import { SourceList } from './SourceList';

/**
 * A talk page's content, from its data alone (lib/content/detail-pages.ts): rendered by Next for
 * the route's template page and by scripts/render-details.ts for every other talk.
 */
export function TalkArticle({ data, body }: { data: ReturnType<typeof talkPage>; body: RenderableBody }) {
  const { talk, classes, related, previous, next, updated } = data;
  return (
    <article>
      <p className="kicker">
        Talk · <DateText date={talk.date} /> · {talk.event}
      </p>
      <h1>{talk.title}</h1>
      <p className="lede">{talk.summary}</p>
      <div className="entry-layout">
        <BodyContent body={body} sources={talk.links} />
        <aside className="facts" aria-labelledby="facts-heading">
          <h2 id="facts-heading">Facts</h2>
          <dl>
            <dt>Speakers</dt>
            <dd>{talk.speakers.join(', ')}</dd>
            <dt>Event</dt>
            <dd>{talk.event}</dd>
            <dt>Date</dt>
            <dd><DateText date={talk.date} /></dd>
            {talk.location && (
              <>
                <dt>Location</dt>
                <dd>{talk.location}</dd>
              </>
            )}
            <ClassLinks classes={classes} />
            {talk.links?.length ? (
              <>
                <dt>Links</dt>
                <dd><SourceList links={talk.links} citations={citationCounts(bodyFacts(talk).citations)} /></dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Incidents it illuminates</h2>
          <IncidentList incidents={related} />
        </section>
      )}
      <Pager previous={previous} next={next} />
      <EditLinks sourcePath={talk.sourcePath} updated={updated} />
    </article>
  );
}
