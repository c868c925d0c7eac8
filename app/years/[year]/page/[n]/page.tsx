import { NumberedListPage } from '@/components/NumberedListPage';
import { getCorpus } from '@/lib/content';
import { yearNumberedPages } from '@/lib/content/list-pages';
import { listPageData } from '../../../../list-page-data';
import { pageMetadata } from '../../../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ year: string; n: string }> };

export function generateStaticParams() {
  return yearNumberedPages.params(getCorpus());
}

export async function generateMetadata({ params }: Props) {
  return pageMetadata((await listPageData(yearNumberedPages, params)).meta);
}

export default async function Page({ params }: Props) {
  return <NumberedListPage data={await listPageData(yearNumberedPages, params)} />;
}
