import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IncidentListPage } from '@/components/IncidentListPage';
import { getCorpus } from '@/lib/content';
import { incidentsOfYear, years } from '@/lib/content/taxonomy';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ year: string }> };

export function generateStaticParams() {
  return years(getCorpus()).map((year) => ({ year }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return pageMetadata({ title: `Incidents of ${year}`, description: `Every public incident of ${year} in Faultline.`, path: `/years/${year}/` });
}

export default async function YearPage({ params }: Props) {
  const { year } = await params;
  const corpus = getCorpus();
  const incidents = incidentsOfYear(corpus, year);
  if (incidents.length === 0) notFound();
  return (
    <>
      <p className="kicker">Year</p>
      <h1>Incidents of {year}</h1>
      <p className="count">
        {incidents.length} incident{incidents.length === 1 ? '' : 's'}, newest first.
      </p>
      <IncidentListPage corpus={corpus} incidents={incidents} base={`/years/${year}/`} page={1} />
    </>
  );
}
