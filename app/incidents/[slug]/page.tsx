import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblemsPage } from '@/components/ContentProblems';
import { DraftBanner } from '@/components/DraftBanner';
import { IncidentArticle } from '@/components/IncidentArticle';
import { renderableBody, getCorpus, pageProblems, slugsWithProblems } from '@/lib/content';
import { incidentPage } from '@/lib/content/detail-pages';
import { pagesToRender } from '@/lib/content/render-plan';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  const slugs = pagesToRender(getCorpus().incidents).map((i) => i.slug);
  // In `npm run dev` a file with problems has its page too: it lists them.
  return [...slugs, ...slugsWithProblems('incidents')].map((slug) => ({ slug }));
}

function find(slug: string) {
  const corpus = getCorpus();
  const incident = corpus.bySlug.get(slug);
  if (incident?.kind !== 'incident') notFound();
  return { corpus, incident };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (pageProblems('incidents', slug).length > 0) return { title: 'Content problems' };
  const { incident } = find(slug);
  return pageMetadata({ title: incident.title, description: incident.summary, path: incident.url });
}

export default async function IncidentPage({ params }: Props) {
  const { slug } = await params;
  const problems = pageProblems('incidents', slug);
  if (problems.length > 0) return <ContentProblemsPage problems={problems} />;
  const { corpus, incident } = find(slug);
  return (
    <>
      {incident.draft && <DraftBanner sourcePath={incident.sourcePath} />}
      <IncidentArticle data={incidentPage(corpus, incident)} body={renderableBody(incident)} />
    </>
  );
}
