import { NumberedListPage } from '@/components/NumberedListPage';
import { getCorpus } from '@/lib/content';
import { classNumberedPages } from '@/lib/content/list-pages';
import { listPageData } from '../../../../list-page-data';
import { pageMetadata } from '../../../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string; n: string }> };

export function generateStaticParams() {
  return classNumberedPages.params(getCorpus());
}

export async function generateMetadata({ params }: Props) {
  return pageMetadata((await listPageData(classNumberedPages, params)).meta);
}

export default async function Page({ params }: Props) {
  return <NumberedListPage data={await listPageData(classNumberedPages, params)} />;
}
