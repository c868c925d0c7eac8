import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblemsPage } from '@/components/ContentProblems';
import { DraftBanner } from '@/components/DraftBanner';
import { IncidentArticle } from '@/components/IncidentArticle';
import { renderableBody, getCorpus, pageProblems, slugsWithProblems } from '@/lib/content';
import { incidentPage } from '@/lib/content/detail-pages';
import { detailSlugs, isTemplate, templateEntry, templateIncidentPage } from '../../_render/templates';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  const slugs = detailSlugs('incident', getCorpus().incidents);
  // In `npm run dev` a file with problems has its page too: it lists them.
  return [...slugs, ...slugsWithProblems('incidents')].map((slug) => ({ slug }));
}

/** The entry, and how to resolve what its page shows (the metadata needs only the entry); the template's (../../_render/templates.ts) comes from its own corpus. */
function find(slug: string) {
  if (isTemplate('incident', slug)) return { incident: templateEntry('incident'), data: templateIncidentPage };
  const corpus = getCorpus();
  const incident = corpus.bySlug.get(slug);
  if (incident?.kind !== 'incident') notFound();
  return { incident, data: () => incidentPage(corpus, incident) };
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
  const { incident, data } = find(slug);
  return (
    <>
      {incident.draft && <DraftBanner sourcePath={incident.sourcePath} />}
      <IncidentArticle data={data()} body={renderableBody(incident)} />
    </>
  );
}
