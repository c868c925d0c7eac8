import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblemsPage } from '@/components/ContentProblems';
import { DraftBanner } from '@/components/DraftBanner';
import { TalkArticle } from '@/components/TalkArticle';
import { renderableBody, getCorpus, pageProblems, slugsWithProblems } from '@/lib/content';
import { talkPage } from '@/lib/content/detail-pages';
import { detailSlugs, isTemplate, templateEntry, templateTalkPage } from '../../_render/templates';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  const slugs = detailSlugs('talk', getCorpus().talks);
  // In `npm run dev` a file with problems has its page too: it lists them.
  return [...slugs, ...slugsWithProblems('talks')].map((slug) => ({ slug }));
}

/** The entry, and how to resolve what its page shows (the metadata needs only the entry); the template's (../../_render/templates.ts) comes from its own corpus. */
function find(slug: string) {
  if (isTemplate('talk', slug)) return { talk: templateEntry('talk'), data: templateTalkPage };
  const corpus = getCorpus();
  const talk = corpus.bySlug.get(slug);
  if (talk?.kind !== 'talk') notFound();
  return { talk, data: () => talkPage(corpus, talk) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (pageProblems('talks', slug).length > 0) return { title: 'Content problems' };
  const { talk } = find(slug);
  return pageMetadata({ title: talk.title, description: talk.summary, path: talk.url });
}

export default async function TalkPage({ params }: Props) {
  const { slug } = await params;
  const problems = pageProblems('talks', slug);
  if (problems.length > 0) return <ContentProblemsPage problems={problems} />;
  const { talk, data } = find(slug);
  return (
    <>
      {talk.draft && <DraftBanner sourcePath={talk.sourcePath} />}
      <TalkArticle data={data()} body={renderableBody(talk)} />
    </>
  );
}
