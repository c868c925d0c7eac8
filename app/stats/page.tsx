import { BarChart } from '@/components/charts/BarChart';
import { StackedBarChart } from '@/components/charts/StackedBarChart';
import { getCorpus } from '@/lib/content';
import { briefCount } from '@/lib/content/depth';
import { formatDuration } from '@/lib/content/duration';
import {
  incidentsPerClass,
  incidentsPerYear,
  medianDurationPerClass,
  medianTimeToDetectPerClass,
  medianTimeToMitigatePerClass,
  topOrganizations,
} from '@/lib/outputs/stats';
import { pageMetadata } from '../page-metadata';

export const metadata = pageMetadata({
  title: 'Statistics',
  description: 'Incidents per year and per failure class, median known durations, times to detect and to mitigate, and the organisations with the most incidents.',
  path: '/stats/',
});

export default function StatsPage() {
  const corpus = getCorpus();
  const briefs = briefCount(corpus.incidents);
  return (
    <>
      <h1>Statistics</h1>
      <p className="lede">
        What the {corpus.incidents.length} incidents in Faultline ({corpus.incidents.length - briefs} full writeups and {briefs}{' '}
        briefs) have in common. These are the incidents collected here, not a sample of all outages: read them as a map of
        this collection. Every chart counts briefs and writeups alike.
      </p>
      <StackedBarChart
        id="per-year"
        title="Incidents per year"
        description="Each incident counted once, coloured by its first-listed failure class. Each bar links to that year's incidents."
        bars={incidentsPerYear(corpus)}
        keys={corpus.failureClasses.map((c) => ({ key: c.id, label: c.title }))}
      />
      <BarChart
        id="per-class"
        title="Incidents per failure class"
        description="An incident usually shows several failure classes and counts in each. Each bar links to the class."
        bars={incidentsPerClass(corpus)}
        category="Failure class"
        unit="Incidents"
      />
      <BarChart
        id="median-duration"
        title="Median known duration by failure class"
        description="Only incidents whose sources give both start and end count; n is how many. Each bar links to the class."
        bars={medianDurationPerClass(corpus, formatDuration)}
        category="Failure class"
        unit="Median duration"
      />
      <BarChart
        id="median-time-to-detect"
        title="Median time to detect by failure class"
        description="From the start of an incident to its detection, where the writeup's timeline marks both with date, time and zone; n is how many. Each bar links to the class."
        bars={medianTimeToDetectPerClass(corpus, formatDuration)}
        category="Failure class"
        unit="Median time to detect"
      />
      <BarChart
        id="median-time-to-mitigate"
        title="Median time to mitigate by failure class"
        description="From the start of an incident to its mitigation, on the same terms as time to detect; n is how many. Each bar links to the class."
        bars={medianTimeToMitigatePerClass(corpus, formatDuration)}
        category="Failure class"
        unit="Median time to mitigate"
      />
      <BarChart
        id="organizations"
        title="Organisations with the most incidents"
        description="The ten organisations with the most incidents here, briefs and writeups alike. Each bar links to that organisation's incidents."
        bars={topOrganizations(corpus)}
        category="Organisation"
        unit="Incidents"
      />
    </>
  );
}
