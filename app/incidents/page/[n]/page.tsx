import { IncidentsIndex } from '@/components/IncidentsIndex';
import { getCorpus } from '@/lib/content';
import { incidentsIndexPage, incidentsPages } from '@/lib/content/list-pages';
import { pageMetadata } from '../../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  return incidentsPages.params(getCorpus());
}

export async function generateMetadata({ params }: Props) {
  const { n } = await params;
  // Page 1 is the list itself; the numbered copy points there.
  return pageMetadata({ title: `Incidents, page ${n}`, description: `Incidents in Faultline, newest first: page ${n}.`, path: n === '1' ? '/incidents/' : `/incidents/page/${n}/`, noindex: n === '1' });
}

export default async function IncidentsPage({ params }: Props) {
  return <IncidentsIndex data={incidentsIndexPage(getCorpus(), Number((await params).n))} />;
}
