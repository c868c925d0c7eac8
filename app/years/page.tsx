import { getCorpus } from '@/lib/content';
import { incidentsOfYear, years } from '@/lib/content/taxonomy';
import { pageMetadata } from '../page-metadata';

export const metadata = pageMetadata({ title: 'Years', description: 'Incidents in Faultline by the year they happened.', path: '/years/' });

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
