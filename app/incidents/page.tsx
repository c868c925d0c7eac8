import { IncidentsIndex } from '@/components/IncidentsIndex';
import { getCorpus } from '@/lib/content';
import { incidentsIndexPage } from '@/lib/content/list-pages';
import { pageMetadata } from '../page-metadata';

export const metadata = pageMetadata({
  title: 'Incidents',
  description: 'Every public incident in Faultline, newest first, by failure class, organisation and year.',
  path: '/incidents/',
  feed: '/feed.xml',
});

export default function IncidentsPage() {
  return <IncidentsIndex data={incidentsIndexPage(getCorpus(), 1)} />;
}
