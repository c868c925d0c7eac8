/** What an incident's structured timeline measures (lib/content/timeline.ts), read from its stored body facts once. */
import { bodyFacts, type Incident } from '../content';
import { timelineMetrics, type TimelineMetrics } from '../content/timeline';

const measured = new WeakMap<Incident, TimelineMetrics>();

export function incidentTimeline(incident: Incident): TimelineMetrics {
  let metrics = measured.get(incident);
  if (!metrics) measured.set(incident, (metrics = timelineMetrics(bodyFacts(incident).events)));
  return metrics;
}
