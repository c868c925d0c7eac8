import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IncidentArticle } from '@/components/IncidentArticle';
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
  const { corpus, incident } = find((await params).slug);
  return <IncidentArticle data={incidentPage(corpus, incident)} tree={bodyTree(incident)} />;
}
