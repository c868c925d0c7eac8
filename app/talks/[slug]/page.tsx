import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DateText } from '@/components/DateText';
import { EditLinks } from '@/components/EditLinks';
import { IncidentList } from '@/components/IncidentList';
import { BodyContent } from '@/components/BodyContent';
import { Pager } from '@/components/Pager';
import { SourceList } from '@/components/SourceList';
import { bodyTree, getCorpus } from '@/lib/content';
import { talkPage } from '@/lib/content/detail-pages';
import { pagesToRender } from '@/lib/content/render-plan';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return pagesToRender(getCorpus().talks).map((t) => ({ slug: t.slug }));
}

function find(slug: string) {
  const corpus = getCorpus();
  const talk = corpus.bySlug.get(slug);
  if (talk?.kind !== 'talk') notFound();
  return { corpus, talk };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { talk } = find((await params).slug);
  return pageMetadata({ title: talk.title, description: talk.summary, path: talk.url });
}

export default async function TalkPage({ params }: Props) {
  const { corpus, talk: found } = find((await params).slug);
  // Everything shown comes from the page's data (see detail-pages.ts for why).
  const { talk, classes, related, previous, next, updated } = talkPage(corpus, found);
  const tree = bodyTree(talk);
  return (
    <article>
      <p className="kicker">
        Talk · <DateText date={talk.date} /> · {talk.event}
      </p>
      <h1>{talk.title}</h1>
      <p className="lede">{talk.summary}</p>
      <div className="entry-layout">
        <BodyContent tree={tree} />
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
            <dt>Failure classes</dt>
            <dd>
              <ul>
                {classes.map((c) => (
                  <li key={c.id}><a href={c.url}>{c.title}</a></li>
                ))}
              </ul>
            </dd>
            {talk.links?.length ? (
              <>
                <dt>Links</dt>
                <dd><SourceList links={talk.links} /></dd>
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
