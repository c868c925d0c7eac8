import { SearchForm } from '@/components/SearchForm';
import { IncidentList } from '@/components/IncidentList';
import { TalkList } from '@/components/TalkList';
import { ClassGrid } from '@/components/ClassGrid';
import { getCorpus } from '@/lib/content';
import { incidentCard } from '@/lib/content/cards';
import { briefCount } from '@/lib/content/depth';
import { recentlyAdded } from '@/lib/content/recent';
import { SITE_DESCRIPTION } from '@/lib/site-config';
import { pageMetadata } from './page-metadata';

const LATEST = 6;
const RECENT = 6;

export const metadata = {
  ...pageMetadata({ title: 'Faultline — how systems fail', description: SITE_DESCRIPTION, path: '/', feed: '/feed.xml' }),
  title: { absolute: 'Faultline — how systems fail' },
};

export default function HomePage() {
  const corpus = getCorpus();
  const briefs = briefCount(corpus.incidents);
  const writeups = corpus.incidents.length - briefs;
  return (
    <>
      <h1>Learn how systems fail</h1>
      <p className="lede">
        Faultline collects public incident postmortems and conference talks, written up in plain words with every
        fact linked to its source. Follow a failure class — gray failure, cascading failure, metastable failure —
        from one incident to every other that failed the same way.
      </p>
      <SearchForm id="home-search" large />
      <section aria-labelledby="recently-added">
        <h2 id="recently-added">Recently added</h2>
        <IncidentList incidents={recentlyAdded(corpus.incidents, RECENT).map((i) => incidentCard(corpus, i))} />
        <p data-testid="collection-size">
          Faultline holds {corpus.incidents.length} incidents: {writeups} full writeups and {briefs} briefs.
        </p>
      </section>
      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading">Failure classes</h2>
        <ClassGrid corpus={corpus} />
      </section>
      <div className="columns">
        <section aria-labelledby="latest-incidents">
          <h2 id="latest-incidents">Latest incidents</h2>
          <IncidentList incidents={corpus.incidents.slice(0, LATEST).map((i) => incidentCard(corpus, i))} />
          <p><a href="/incidents/">All {corpus.incidents.length} incidents</a></p>
        </section>
        <section aria-labelledby="latest-talks">
          <h2 id="latest-talks">Latest talk notes</h2>
          <TalkList talks={corpus.talks.slice(0, LATEST)} />
          <p><a href="/talks/">All {corpus.talks.length} talk notes</a></p>
        </section>
      </div>
    </>
  );
}
