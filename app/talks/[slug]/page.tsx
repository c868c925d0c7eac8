import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TalkArticle } from '@/components/TalkArticle';
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
  const { corpus, talk } = find((await params).slug);
  return <TalkArticle data={talkPage(corpus, talk)} tree={bodyTree(talk)} />;
}
