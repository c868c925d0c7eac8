import { notFound } from 'next/navigation';
import { NumberedListPage } from '@/components/NumberedListPage';
import { getCorpus } from '@/lib/content';
import { numberedParams } from '@/lib/content/paginate';
import { taggedWith } from '@/lib/content/taxonomy';
import { pageMetadata } from '../../../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string; n: string }> };

export function generateStaticParams() {
  const corpus = getCorpus();
  return numberedParams(corpus.failureClasses.map((c) => ({ params: { id: c.id }, total: taggedWith(corpus, c.id).incidents.length })));
}

async function find(params: Props['params']) {
  const { id, n } = await params;
  const corpus = getCorpus();
  const failureClass = corpus.failureClasses.find((c) => c.id === id);
  if (!failureClass) notFound();
  return { corpus, failureClass, page: Number(n) };
}

export async function generateMetadata({ params }: Props) {
  const { failureClass, page } = await find(params);
  return pageMetadata({
    title: `${failureClass.title}, page ${page}`,
    description: `Incidents showing ${failureClass.title.toLowerCase()}, newest first: page ${page}.`,
    path: page === 1 ? failureClass.url : `${failureClass.url}page/${page}/`,
  });
}

export default async function Page({ params }: Props) {
  const { corpus, failureClass, page } = await find(params);
  return (
    <NumberedListPage
      corpus={corpus}
      kicker="Failure class"
      title={failureClass.title}
      back={`The definition of ${failureClass.title.toLowerCase()}`}
      incidents={taggedWith(corpus, failureClass.id).incidents}
      base={failureClass.url}
      page={page}
    />
  );
}
