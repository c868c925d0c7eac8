import type { Metadata } from 'next';
import { EditLinks } from '@/components/EditLinks';
import { IncidentListPage } from '@/components/IncidentListPage';
import { BodyContent } from '@/components/BodyContent';
import { citationCounts } from '@/components/Citation';
import { SourceList } from '@/components/SourceList';
import { TalkList } from '@/components/TalkList';
import { bodyFacts, renderableBody, getCorpus } from '@/lib/content';
import { classPages } from '@/lib/content/list-pages';
import { listPageData } from '../../list-page-data';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return classPages.params(getCorpus());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { failureClass } = await listPageData(classPages, params);
  return pageMetadata({
    title: failureClass.title,
    description: failureClass.summary,
    path: failureClass.url,
    feed: `${failureClass.url}feed.xml`,
  });
}

export default async function FailureClassPage({ params }: Props) {
  const { failureClass, talks, slice, updated } = await listPageData(classPages, params);
  return (
    <article>
      <p className="kicker">Failure class</p>
      <h1>{failureClass.title}</h1>
      <p className="lede">{failureClass.summary}</p>
      <div className="entry-layout">
        <BodyContent body={renderableBody(failureClass)} sources={failureClass.references} />
        <aside className="facts" aria-labelledby="facts-heading">
          <h2 id="facts-heading">At a glance</h2>
          <dl>
            <dt>Incidents</dt>
            <dd>{slice.total}</dd>
            <dt>Talk notes</dt>
            <dd>{talks.length}</dd>
            {failureClass.aliases?.length ? (
              <>
                <dt>Also called</dt>
                <dd>{failureClass.aliases.join(', ')}</dd>
              </>
            ) : null}
            {failureClass.references?.length ? (
              <>
                <dt>References</dt>
                <dd><SourceList links={failureClass.references} citations={citationCounts(bodyFacts(failureClass).citations)} /></dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>
      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">Incidents showing {failureClass.title.toLowerCase()}</h2>
        <IncidentListPage slice={slice} headingLevel={3} />
      </section>
      {talks.length > 0 && (
        <section aria-labelledby="talks-heading">
          <h2 id="talks-heading">Talk notes</h2>
          <TalkList talks={talks} />
        </section>
      )}
      <EditLinks sourcePath={failureClass.sourcePath} updated={updated} />
    </article>
  );
}
