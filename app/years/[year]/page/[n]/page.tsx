import { NumberedListPage } from '@/components/NumberedListPage';
import { getCorpus } from '@/lib/content';
import { numberedParams } from '@/lib/content/paginate';
import { incidentsOfYear, years } from '@/lib/content/taxonomy';
import { pageMetadata } from '../../../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ year: string; n: string }> };

export function generateStaticParams() {
  const corpus = getCorpus();
  return numberedParams(years(corpus).map((year) => ({ params: { year }, total: incidentsOfYear(corpus, year).length })));
}

export async function generateMetadata({ params }: Props) {
  const { year, n } = await params;
  return pageMetadata({ title: `Incidents of ${year}, page ${n}`, description: `Incidents of ${year}, newest first: page ${n}.`, path: n === '1' ? `/years/${year}/` : `/years/${year}/page/${n}/` });
}

export default async function Page({ params }: Props) {
  const { year, n } = await params;
  const corpus = getCorpus();
  return <NumberedListPage corpus={corpus} kicker="Year" title={`Incidents of ${year}`} back={`All of ${year}`} incidents={incidentsOfYear(corpus, year)} base={`/years/${year}/`} page={Number(n)} />;
}
