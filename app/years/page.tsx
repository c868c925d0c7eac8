import type { Metadata } from 'next';
import { getCorpus } from '@/lib/content';
import { incidentsOfYear, years } from '@/lib/content/taxonomy';

export const metadata: Metadata = { title: 'Years', description: 'Incidents by year.' };

export default function YearsPage() {
  const corpus = getCorpus();
  return (
    <>
      <h1>Years</h1>
      <ul className="link-cloud">
        {years(corpus).map((y) => (
          <li key={y}>
            <a href={`/years/${y}/`}>{y}</a> ({incidentsOfYear(corpus, y).length})
          </li>
        ))}
      </ul>
    </>
  );
}
