import { getCorpus } from '@/lib/content';
import { numberedParams } from '@/lib/content/paginate';
import { pageMetadata } from '../../../page-metadata';
import { IncidentsIndex } from '@/components/IncidentsIndex';

export const dynamicParams = false;

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  return numberedParams([{ params: {}, total: getCorpus().incidents.length }]);
}

export async function generateMetadata({ params }: Props) {
  const { n } = await params;
  // Page 1 is the list itself; the numbered copy points there.
  return pageMetadata({ title: `Incidents, page ${n}`, description: `Incidents in Faultline, newest first: page ${n}.`, path: n === '1' ? '/incidents/' : `/incidents/page/${n}/` });
}

export default async function IncidentsPage({ params }: Props) {
  return <IncidentsIndex page={Number((await params).n)} />;
}
