/**
 * An incident's structured timeline (timeline.ts) as pages, the dataset and /stats/ read it: its
 * events and what they measure, from the body facts the check stored, read once per incident.
 */
import { bodyFacts } from './index';
import type { Incident } from './model';
import { timelineMetrics, type TimelineEvent, type TimelineMetrics } from './timeline';

export type IncidentTimeline = TimelineMetrics & { events: TimelineEvent[] };

const measured = new WeakMap<Incident, IncidentTimeline>();

export function incidentTimeline(incident: Incident): IncidentTimeline {
  let timeline = measured.get(incident);
  if (!timeline) {
    const { events } = bodyFacts(incident);
    measured.set(incident, (timeline = { events, ...timelineMetrics(events) }));
  }
  return timeline;
}
