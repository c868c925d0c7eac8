import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditLinks } from '@/components/EditLinks';
import { IncidentListPage } from '@/components/IncidentListPage';
import { BodyContent } from '@/components/BodyContent';
import { SourceList } from '@/components/SourceList';
import { TalkList } from '@/components/TalkList';
import { bodyTree, getCorpus } from '@/lib/content';
import { lastUpdated } from '@/lib/content/history';
import { taggedWith } from '@/lib/content/taxonomy';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return getCorpus().failureClasses.map((c) => ({ id: c.id }));
}

function find(id: string) {
  const corpus = getCorpus();
  const failureClass = corpus.failureClasses.find((c) => c.id === id);
  if (!failureClass) notFound();
  return { corpus, failureClass };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { failureClass } = find((await params).id);
  return pageMetadata({
    title: failureClass.title,
    description: failureClass.summary,
    path: failureClass.url,
    feed: `${failureClass.url}feed.xml`,
  });
}

export default async function FailureClassPage({ params }: Props) {
  const { corpus, failureClass } = find((await params).id);
  const tree = bodyTree(failureClass);
  const { incidents, talks } = taggedWith(corpus, failureClass.id);
  return (
    <article>
      <p className="kicker">Failure class</p>
      <h1>{failureClass.title}</h1>
      <p className="lede">{failureClass.summary}</p>
      <div className="entry-layout">
        <BodyContent tree={tree} />
        <aside className="facts" aria-labelledby="facts-heading">
          <h2 id="facts-heading">At a glance</h2>
          <dl>
            <dt>Incidents</dt>
            <dd>{incidents.length}</dd>
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
                <dd><SourceList links={failureClass.references} /></dd>
              </>
            ) : null}
          </dl>
        </aside>
      </div>
      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">Incidents showing {failureClass.title.toLowerCase()}</h2>
        <IncidentListPage corpus={corpus} incidents={incidents} base={failureClass.url} page={1} headingLevel={3} />
      </section>
      {talks.length > 0 && (
        <section aria-labelledby="talks-heading">
          <h2 id="talks-heading">Talk notes</h2>
          <TalkList talks={talks} />
        </section>
      )}
      <EditLinks sourcePath={failureClass.sourcePath} updated={lastUpdated(failureClass.sourcePath)} />
    </article>
  );
}
