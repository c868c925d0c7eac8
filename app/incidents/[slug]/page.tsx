import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IncidentFacts } from '@/components/IncidentFacts';
import { IncidentList } from '@/components/IncidentList';
import { BodyContent } from '@/components/BodyContent';
import { Pager } from '@/components/Pager';
import { DateText } from '@/components/DateText';
import { EditLinks } from '@/components/EditLinks';
import { bodyTree, getCorpus } from '@/lib/content';
import { incidentPage } from '@/lib/content/detail-pages';
import { pagesToRender } from '@/lib/content/render-plan';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return pagesToRender(getCorpus().incidents).map((i) => ({ slug: i.slug }));
}

function find(slug: string) {
  const corpus = getCorpus();
  const incident = corpus.bySlug.get(slug);
  if (incident?.kind !== 'incident') notFound();
  return { corpus, incident };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { incident } = find((await params).slug);
  return pageMetadata({ title: incident.title, description: incident.summary, path: incident.url });
}

export default async function IncidentPage({ params }: Props) {
  const { corpus, incident: found } = find((await params).slug);
  // Everything shown comes from the page's data (see detail-pages.ts for why).
  const { incident, classes, related, previous, next, updated } = incidentPage(corpus, found);
  const tree = bodyTree(incident);
  return (
    <article>
      <p className="kicker">
        Incident · <DateText date={incident.date} /> · {incident.organizations.join(', ')}
      </p>
      <h1>{incident.title}</h1>
      <p className="lede">{incident.summary}</p>
      <div className="entry-layout">
        <BodyContent tree={tree} />
        <IncidentFacts incident={incident} classes={classes} />
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
